package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** {@link FirBandpass} against scipy.signal.firwin (fixture made by {@code nn/make_fir_fixture.py}). */
class FirBandpassTest {

    @Test
    void tapsEqualScipyFirwin() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/nn/fir_fixtures.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : fixture.get("cases")) {
            double[] h = FirBandpass.design(c.get("lowHz").asDouble(), c.get("highHz").asDouble(),
                    c.get("taps").asInt(), c.get("rateHz").asDouble());
            assertEquals(c.get("h").size(), h.length);
            for (int k = 0; k < h.length; k++) {
                assertEquals(c.get("h").get(k).asDouble(), h[k], 1e-12, c + " tap " + k);
            }
        }
    }

    @Test
    void gainIsOneAtTheBandCentreAndSmallOutsideIt() {
        double rate = 160;
        double[] h = FirBandpass.design(8, 12, 81, rate);
        assertEquals(1.0, gain(h, 10, rate), 1e-9);
        assertEquals(0.0, gain(h, 30, rate), 0.01);
        assertEquals(0.0, gain(h, 0, rate), 0.01);
    }

    @Test
    void impossibleDesignsAreRefusedInOneLine() {
        assertThrows(IllegalArgumentException.class, () -> FirBandpass.design(8, 12, 80, 160));
        assertThrows(IllegalArgumentException.class, () -> FirBandpass.design(8, 90, 81, 160));
        assertThrows(IllegalArgumentException.class, () -> FirBandpass.design(12, 8, 81, 160));
    }

    /** |H(f)| of a linear-phase filter. */
    static double gain(double[] h, double hz, double rate) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < h.length; k++) {
            re += h[k] * Math.cos(2 * Math.PI * hz * k / rate);
            im -= h[k] * Math.sin(2 * Math.PI * hz * k / rate);
        }
        return Math.hypot(re, im);
    }
}
