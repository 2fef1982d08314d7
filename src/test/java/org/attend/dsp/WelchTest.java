package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.attend.dsp.ScipyFixtures.assertClose;
import static org.attend.dsp.ScipyFixtures.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WelchTest {

    @Test
    void equalsScipyWelchForEvenOddAndNonOverlappingSegments() {
        for (JsonNode c : ScipyFixtures.get("welch")) {
            double fs = c.get("sampleRateHz").asDouble();
            Psd psd = Welch.psd(TestSignal.channel(c.get("samples").asInt(), fs, 0), fs,
                    c.get("segmentLength").asInt(), c.get("overlap").asInt());
            String what = "nperseg " + c.get("segmentLength") + " noverlap " + c.get("overlap");
            assertClose(doubles(c.get("frequenciesHz")), psd.frequenciesHz(), 1e-12, what + " f");
            double[] expected = doubles(c.get("density"));
            double peak = java.util.Arrays.stream(expected).max().orElseThrow();
            double[] actual = psd.density();
            for (int k = 0; k < expected.length; k++) {
                double allowed = 1e-9 * Math.max(expected[k], 1e-3 * peak);
                assertEquals(expected[k], actual[k], allowed, what + " Pxx[" + k + "]");
            }
        }
    }

    @Test
    void injectedTenHertzRhythmIsThePeak() {
        JsonNode c = ScipyFixtures.get("welch").get(0);
        double fs = c.get("sampleRateHz").asDouble();
        Psd psd = Welch.psd(TestSignal.channel(c.get("samples").asInt(), fs, 0), fs, 250, 125);
        double[] density = psd.density();
        int peak = 0;
        for (int k = 1; k < density.length; k++) {
            peak = density[k] > density[peak] ? k : peak;
        }
        assertEquals(10.0, psd.frequenciesHz()[peak], 1e-12);
    }

    @Test
    void floatInputGivesTheDoubleResultOfItsValues() {
        float[] x = TestSignal.channels(1, 600, 250)[0];
        double[] wide = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            wide[i] = x[i];
        }
        assertEquals(Welch.psd(wide, 250, 128, 64), Welch.psd(x, 250, 128, 64));
    }

    @Test
    void rejectsBadSegmentation() {
        double[] x = new double[100];
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(x, 250, 128, 64));
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(x, 250, 64, 64));
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(x, 250, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(x, 0, 64, 32));
    }
}
