package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Metrics against scikit-learn values from {@code experiment/make_metrics_fixture.py}. */
class MetricsTest {

    @Test
    void matchScikitLearnOnRandomCasesWithTies() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/experiment/metrics_fixture.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        ObjectMapper m = new ObjectMapper();
        for (JsonNode c : cases) {
            int[] labels = m.convertValue(c.get("labels"), int[].class);
            int[] predicted = m.convertValue(c.get("predicted"), int[].class);
            int[][] confusion = Metrics.confusion(predicted, labels, c.get("classes").asInt());
            assertArrayEquals(m.convertValue(c.get("confusion"), int[][].class), confusion);
            assertEquals(c.get("accuracy").asDouble(), Metrics.accuracy(confusion), 1e-12);
            assertEquals(c.get("balanced_accuracy").asDouble(), Metrics.balancedAccuracy(confusion), 1e-12);
            assertEquals(c.get("kappa").asDouble(), Metrics.kappa(confusion), 1e-12);
            if (c.has("roc_auc")) {
                double[] scores = m.convertValue(c.get("scores"), double[].class);
                assertEquals(c.get("roc_auc").asDouble(), Metrics.rocAuc(scores, labels), 1e-12);
            }
        }
    }

    @Test
    void itrFollowsWolpaw() {
        // 2 classes, 80 % accuracy: 1 + .8 log2 .8 + .2 log2 .2 = 0.278071 bits per 3 s decision
        assertEquals(0.2780719051 * 20, Metrics.itrBitsPerMinute(0.8, 2, 3), 1e-8);
        assertEquals(60, Metrics.itrBitsPerMinute(1.0, 2, 1), 1e-12);
        assertEquals(0, Metrics.itrBitsPerMinute(0.4, 2, 3));
        // 4 classes, 70 %: 2 + .7 log2 .7 + .3 log2 .1 = 0.6426 bits
        assertEquals((2 + 0.7 * Math.log(0.7) / Math.log(2) + 0.3 * Math.log(0.1) / Math.log(2)) * 15,
                Metrics.itrBitsPerMinute(0.7, 4, 4), 1e-12);
    }

    @Test
    void aucIsNaNWithOneClass() {
        assertEquals(Double.NaN, Metrics.rocAuc(new double[] {0.1, 0.2}, new int[] {1, 1}));
    }
}
