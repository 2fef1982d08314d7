package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.attend.dsp.ScipyFixtures.assertClose;
import static org.attend.dsp.ScipyFixtures.assertCloseToScale;
import static org.attend.dsp.ScipyFixtures.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZeroPhaseFilterTest {

    private static final JsonNode FIXTURE = ScipyFixtures.get("filtering");
    private static final double FS = FIXTURE.get("sampleRateHz").asDouble();

    @Test
    void equalsScipySosfiltfilt() {
        double[] x = TestSignal.channel(FIXTURE.get("samples").asInt(), FS, 0);
        double[] y = ZeroPhaseFilter.apply(Butterworth.bandpass(4, 8, 30, FS), x);
        assertClose(doubles(FIXTURE.get("sosfiltfilt")), y, 1e-9, "sosfiltfilt");
    }

    @Test
    void oddOrderUsesScipysShorterPadding() {
        Sos sos = Butterworth.lowpass(5, 30, FS);
        assertEquals(3 * (2 * 3 + 1 - 1), ZeroPhaseFilter.padLength(sos));
        double[] x = TestSignal.channel(FIXTURE.get("oddSamples").asInt(), FS, 0);
        assertClose(doubles(FIXTURE.get("oddSosfiltfilt")), ZeroPhaseFilter.apply(sos, x), 1e-9, "sosfiltfilt odd");
    }

    @Test
    void floatChannelsAreFilteredEachLikeTheDoublePath() {
        float[][] data = TestSignal.channels(1, FIXTURE.get("samples").asInt(), FS);
        float[][] y = ZeroPhaseFilter.apply(Butterworth.bandpass(4, 8, 30, FS), data);
        assertCloseToScale(doubles(FIXTURE.get("sosfiltfilt")), y[0], 1e-5, "float sosfiltfilt");
    }

    @Test
    void rejectsInfiniteSamples() {
        double[] x = new double[100];
        x[3] = Double.POSITIVE_INFINITY;
        var error = assertThrows(IllegalArgumentException.class,
                () -> ZeroPhaseFilter.apply(Butterworth.lowpass(2, 40, 500), x));
        assertTrue(error.getMessage().contains("sample 3"), error.getMessage());
    }

    @Test
    void rejectsSignalsNotLongerThanThePadding() {
        Sos sos = Butterworth.bandpass(4, 8, 30, FS);
        var error = assertThrows(IllegalArgumentException.class, () -> ZeroPhaseFilter.apply(sos, new double[27]));
        assertTrue(error.getMessage().contains("padding of 27 samples"), error.getMessage());
        ZeroPhaseFilter.apply(sos, new double[28]);
    }
}
