package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.attend.dsp.ScipyFixtures.assertCloseToScale;
import static org.attend.dsp.ScipyFixtures.doubles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingFilterTest {

    private static final JsonNode FIXTURE = ScipyFixtures.get("filtering");
    private static final double FS = FIXTURE.get("sampleRateHz").asDouble();
    private static final int N = FIXTURE.get("samples").asInt();

    private static float[][] signal() {
        return TestSignal.channels(1, N, FS);
    }

    @Test
    void equalsScipySosfiltWhenFedInChunks() {
        StreamingFilter filter = new StreamingFilter(Butterworth.bandpass(4, 8, 30, FS), 1);
        float[][] x = signal();
        float[] out = new float[N];
        for (int start = 0; start < N; start += 32) {
            float[][] chunk = {java.util.Arrays.copyOfRange(x[0], start, Math.min(N, start + 32))};
            filter.process(chunk);
            System.arraycopy(chunk[0], 0, out, start, chunk[0].length);
        }
        assertCloseToScale(doubles(FIXTURE.get("sosfilt")), out, 1e-4, "sosfilt");
    }

    @Test
    void primedFilterEqualsSosfiltStartedFromScaledSosfiltZi() {
        StreamingFilter filter = new StreamingFilter(Butterworth.bandpass(4, 8, 30, FS), 1);
        float[][] x = signal();
        filter.primeWith(new float[] {x[0][0]});
        filter.process(x);
        assertCloseToScale(doubles(FIXTURE.get("sosfiltPrimed")), x[0], 1e-4, "sosfilt(zi=sosfilt_zi*x0)");
    }

    @Test
    void resetForgetsHistory() {
        StreamingFilter filter = new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2);
        float[][] first = TestSignal.channels(2, 100, 500);
        filter.process(TestSignal.channels(2, 100, 500));
        filter.reset();
        filter.process(first);
        float[][] fresh = TestSignal.channels(2, 100, 500);
        new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2).process(fresh);
        assertArrayEquals(fresh, first);
    }

    @Test
    void rejectsNonFiniteSamplesAndLeavesTheBlockAndStateUntouched() {
        StreamingFilter filter = new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2);
        float[][] bad = TestSignal.channels(2, 50, 500);
        bad[1][17] = Float.NaN;
        var error = assertThrows(IllegalArgumentException.class, () -> filter.process(bad));
        assertTrue(error.getMessage().contains("channel 1 sample 17"),
                error.getMessage());
        assertArrayEquals(TestSignal.channels(2, 50, 500)[0], bad[0]);
        float[][] good = TestSignal.channels(2, 50, 500);
        filter.process(good);
        float[][] fresh = TestSignal.channels(2, 50, 500);
        new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2).process(fresh);
        assertArrayEquals(fresh, good);
    }

    @Test
    void rejectsBlocksWithTheWrongChannelCount() {
        StreamingFilter filter = new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2);
        assertThrows(IllegalArgumentException.class, () -> filter.process(new float[3][10]));
        assertThrows(IllegalArgumentException.class, () -> filter.primeWith(new float[1]));
    }
}
