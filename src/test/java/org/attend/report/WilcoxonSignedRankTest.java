package org.attend.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Against scipy.stats.wilcoxon values from {@code report/make_wilcoxon_fixture.py}. */
class WilcoxonSignedRankTest {

    @Test
    void matchesScipyExactAndApproximate() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/report/wilcoxon_fixture.json")) {
            cases = json.readTree(in);
        }
        for (JsonNode c : cases) {
            double[] x = json.convertValue(c.get("x"), double[].class);
            double[] y = json.convertValue(c.get("y"), double[].class);
            WilcoxonSignedRank w = WilcoxonSignedRank.test(x, y);
            String what = "n=" + x.length;
            assertEquals(c.get("statistic").asDouble(), w.statistic(), 1e-9, what);
            assertEquals(c.get("p").asDouble(), w.p(), 1e-6 * Math.max(1e-3, c.get("p").asDouble()) + 1e-9, what);
        }
    }

    @Test
    void smallestExactPValueForFiveAllPositive() {
        // all 5 differences positive: P = 2 / 2^5
        WilcoxonSignedRank w = WilcoxonSignedRank.test(new double[] {1, 2, 3, 4, 5}, new double[] {0, 0, 0, 0, 0});
        assertEquals(0.0625, w.p(), 1e-15);
        assertEquals(true, w.exact());
    }
}
