package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** CSP filters and features against MNE, LDA probabilities against scikit-learn, on one fixture. */
class CspLdaFixtureTest {

    @Test
    void cspFiltersFeaturesAndLdaProbabilitiesMatchMneAndScikitLearn() throws IOException {
        JsonNode fx = Fixtures.read("csp_lda_fixture.json");
        LabeledEpochs epochs = Fixtures.epochs(fx);
        Csp csp = Csp.fit(epochs, 4);
        double[][] expected = Fixtures.JSON.convertValue(fx.get("filters"), double[][].class);
        for (int k = 0; k < expected.length; k++) {
            // eigenvectors are defined up to sign
            double sign = Math.signum(expected[k][0]) * Math.signum(csp.filters()[k][0]);
            for (int c = 0; c < expected[k].length; c++) {
                assertEquals(expected[k][c], sign * csp.filters()[k][c], 1e-6 * Math.max(1, Math.abs(expected[k][c])),
                        "filter " + k + " channel " + c);
            }
        }
        double[][] features = new double[epochs.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = csp.features(epochs.data()[i]);
        }
        Fixtures.assertRows(fx.get("features"), features, 1e-6);
        ShrinkageLda lda = ShrinkageLda.fit(features, epochs.labels(), 2);
        double[][] p = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            p[i] = lda.probabilities(features[i]);
        }
        Fixtures.assertRows(fx.get("lda_proba"), p, 1e-6);
    }
}
