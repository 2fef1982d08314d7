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
        assertCloseToScale(doubles(FIXTURE.get("sosfilt")), out, 1e-6, "sosfilt");
    }

    @Test
    void primedFilterEqualsSosfiltStartedFromScaledSosfiltZi() {
        StreamingFilter filter = new StreamingFilter(Butterworth.bandpass(4, 8, 30, FS), 1);
        float[][] x = signal();
        filter.primeWith(new float[] {x[0][0]});
        filter.process(x);
        assertCloseToScale(doubles(FIXTURE.get("sosfiltPrimed")), x[0], 1e-6, "sosfilt(zi=sosfilt_zi*x0)");
    }

    /**
     * The streaming filter runs all channels of a block together; each channel must still get exactly the
     * arithmetic of the one-channel kernel that the zero-phase filter uses (itself checked against scipy), however
     * the signal is cut into blocks, including blocks longer than the filter's internal block and a channel count
     * that is no multiple of any SIMD width.
     */
    @Test
    void allChannelsTogetherEqualEachChannelAloneBitForBit() {
        Sos sos = Butterworth.bandpass(4, 8, 30, FS).then(Notch.design(50, 30, FS));
        int channels = 13;
        float[][] x = TestSignal.channels(channels, 1000, FS);
        float[][] expected = new float[channels][];
        for (int c = 0; c < channels; c++) {
            double[] one = new double[x[c].length];
            for (int n = 0; n < one.length; n++) {
                one[n] = x[c][n];
            }
            SosKernel.filter(sos, one, one.length, SosKernel.steadyState(sos, x[c][0]));
            expected[c] = new float[one.length];
            for (int n = 0; n < one.length; n++) {
                expected[c][n] = (float) one[n];
            }
        }
        StreamingFilter filter = new StreamingFilter(sos, channels);
        float[] first = new float[channels];
        for (int c = 0; c < channels; c++) {
            first[c] = x[c][0];
        }
        filter.primeWith(first);
        float[][] out = new float[channels][x[0].length];
        int start = 0;
        for (int length : new int[] {1, 7, 16, 300, 129, 2, 545}) {
            float[][] block = new float[channels][];
            for (int c = 0; c < channels; c++) {
                block[c] = java.util.Arrays.copyOfRange(x[c], start, start + length);
            }
            filter.process(block);
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, out[c], start, length);
            }
            start += length;
        }
        assertArrayEquals(expected, out);
    }

    @Test
    void aNonFiniteSampleInALongBlockIsFoundBeforeAnyPartIsFiltered() {
        refusedUntouched(1000, 0, 900, Float.POSITIVE_INFINITY);
    }

    /**
     * A block with {@code value} at {@code channel}, {@code sample} is refused naming them, the other channel is left
     * as it was, and the filter goes on as if it had never seen the block.
     */
    private static void refusedUntouched(int samples, int channel, int sample, float value) {
        StreamingFilter filter = new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2);
        float[][] bad = TestSignal.channels(2, samples, 500);
        bad[channel][sample] = value;
        var error = assertThrows(IllegalArgumentException.class, () -> filter.process(bad));
        assertTrue(error.getMessage().contains("channel " + channel + " sample " + sample), error.getMessage());
        assertArrayEquals(TestSignal.channels(2, samples, 500)[1 - channel], bad[1 - channel]);
        float[][] good = TestSignal.channels(2, 50, 500);
        filter.process(good);
        float[][] fresh = TestSignal.channels(2, 50, 500);
        new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2).process(fresh);
        assertArrayEquals(fresh, good);
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
        refusedUntouched(50, 1, 17, Float.NaN);
    }

    @Test
    void rejectsBlocksWithTheWrongChannelCount() {
        StreamingFilter filter = new StreamingFilter(Butterworth.lowpass(2, 40, 500), 2);
        assertThrows(IllegalArgumentException.class, () -> filter.process(new float[3][10]));
        assertThrows(IllegalArgumentException.class, () -> filter.primeWith(new float[1]));
    }
}
