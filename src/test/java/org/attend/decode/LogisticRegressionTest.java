package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Logistic regression against scikit-learn solved to a tight tolerance. */
class LogisticRegressionTest {

    @Test
    void probabilitiesMatchScikitLearnBinaryAndMultinomial() throws IOException {
        for (JsonNode c : Fixtures.read("logreg_fixture.json")) {
            double[][] x = Fixtures.JSON.convertValue(c.get("x"), double[][].class);
            int[] y = Fixtures.JSON.convertValue(c.get("y"), int[].class);
            LogisticRegression lr = LogisticRegression.fit(x, y, c.get("classes").asInt(), c.get("c").asDouble());
            double[][] p = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                p[i] = lr.probabilities(x[i]);
            }
            Fixtures.assertRows(c.get("proba"), p, 1e-6);
        }
    }

    @Test
    void rejectsNonPositiveRegularisation() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[][] {{0}, {1}}, new int[] {0, 1}, 2, 0));
    }

    @Test
    void interceptIsNotPenalised() {
        // one constant feature: the optimum puts the log-odds 3:1 in the intercept, whatever C
        double[][] x = {{0}, {0}, {0}, {0}};
        LogisticRegression lr = LogisticRegression.fit(x, new int[] {1, 1, 1, 0}, 2, 1e-3);
        assertEquals(0.75, lr.probabilities(new double[] {0})[1], 1e-7);
    }
}
