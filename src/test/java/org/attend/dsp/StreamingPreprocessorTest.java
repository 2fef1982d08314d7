package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static org.attend.dsp.ScipyFixtures.assertClose;
import static org.attend.dsp.ScipyFixtures.assertCloseToScale;
import static org.attend.dsp.ScipyFixtures.doubles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingPreprocessorTest {

    private static final JsonNode FIXTURE = ScipyFixtures.get("preprocessing");
    private static final double FS = FIXTURE.get("sampleRateHz").asDouble();
    private static final int CHANNELS = FIXTURE.get("channels").asInt();
    private static final int N = FIXTURE.get("samples").asInt();
    private static final PreprocessorSpec SPEC = new PreprocessorSpec(FS, 8, 30, 4, 50, true, true);

    @Test
    void cascadeIsNotchThenHarmonicThenBandpassLikeTheScipyStack() {
        double[][] expected = ScipyFixtures.matrix(FIXTURE.get("sos"));
        double[][] actual = SPEC.filter().sections();
        assertEquals(expected.length, actual.length);
        for (int s = 0; s < expected.length; s++) {
            assertClose(expected[s], actual[s], 1e-10, "section " + s);
        }
    }

    @Test
    void streamingEqualsCarThenPrimedSosfiltAcrossChunks() {
        StreamingPreprocessor pre = StreamingPreprocessor.of(SPEC, CHANNELS);
        float[][] x = TestSignal.channels(CHANNELS, N, FS);
        float[][] out = new float[CHANNELS][N];
        for (int start = 0; start < N; start += 40) {
            float[][] chunk = new float[CHANNELS][];
            for (int c = 0; c < CHANNELS; c++) {
                chunk[c] = Arrays.copyOfRange(x[c], start, Math.min(N, start + 40));
            }
            pre.process(chunk);
            for (int c = 0; c < CHANNELS; c++) {
                System.arraycopy(chunk[c], 0, out[c], start, chunk[c].length);
            }
        }
        for (int c = 0; c < CHANNELS; c++) {
            assertCloseToScale(doubles(FIXTURE.get("streaming").get(c)), out[c], 1e-6, "channel " + c);
        }
    }

    /**
     * The fused pass (check, re-reference, prime, filter) equals the same steps done one after another, to float32
     * precision: the fused pass keeps the re-referenced samples in double precision.
     */
    @Test
    void fusedChainEqualsReferenceThenPrimedFilter() {
        float[][] x = TestSignal.channels(CHANNELS, N, FS);
        float[][] stepByStep = TestSignal.channels(CHANNELS, N, FS);
        Reference.commonAverage(stepByStep);
        float[] first = new float[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            first[c] = stepByStep[c][0];
        }
        StreamingFilter filter = new StreamingFilter(SPEC.filter(), CHANNELS);
        filter.primeWith(first);
        filter.process(stepByStep);
        StreamingPreprocessor.of(SPEC, CHANNELS).process(x);
        for (int c = 0; c < CHANNELS; c++) {
            double[] expected = new double[N];
            for (int n = 0; n < N; n++) {
                expected[n] = stepByStep[c][n];
            }
            assertCloseToScale(expected, x[c], 1e-6, "channel " + c);
        }
    }

    @Test
    void offlineEqualsCarThenSosfiltfiltAndLeavesInputAlone() {
        float[][] x = TestSignal.channels(CHANNELS, N, FS);
        float[][] y = StreamingPreprocessor.of(SPEC, CHANNELS).applyOffline(x);
        assertArrayEquals(TestSignal.channels(CHANNELS, N, FS), x);
        for (int c = 0; c < CHANNELS; c++) {
            assertCloseToScale(doubles(FIXTURE.get("offline").get(c)), y[c], 1e-4, "channel " + c);
        }
    }

    @Test
    void resetPrimesAgainFromTheNextChunk() {
        StreamingPreprocessor pre = StreamingPreprocessor.of(SPEC, CHANNELS);
        pre.process(TestSignal.channels(CHANNELS, 100, FS));
        pre.reset();
        float[][] again = TestSignal.channels(CHANNELS, 100, FS);
        pre.process(again);
        float[][] fresh = TestSignal.channels(CHANNELS, 100, FS);
        StreamingPreprocessor.of(SPEC, CHANNELS).process(fresh);
        assertArrayEquals(fresh, again);
    }

    @Test
    void nanInOneChannelIsReportedBeforeReReferencingSpreadsIt() {
        float[][] x = TestSignal.channels(CHANNELS, 40, FS);
        x[2][5] = Float.NaN;
        StreamingPreprocessor pre = StreamingPreprocessor.of(SPEC, CHANNELS);
        var error = assertThrows(IllegalArgumentException.class, () -> pre.process(x));
        assertTrue(error.getMessage().contains("channel 2 sample 5"), error.getMessage());
    }

    @Test
    void harmonicNotchIsSkippedWhenAboveNyquist() {
        assertEquals(1 + 4, new PreprocessorSpec(160, 8, 30, 4, 50, false, true).filter().sectionCount());
        assertEquals(4, PreprocessorSpec.bandpass(160, 8, 30).filter().sectionCount());
    }

    @Test
    void badSpecsFailWhenBuiltWithTheFiltersMessage() {
        var error = assertThrows(IllegalArgumentException.class, () -> new PreprocessorSpec(160, 8, 90, 4, 0, false));
        assertTrue(error.getMessage().contains("Nyquist"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PreprocessorSpec(250, 8, 30, 4, 130, false));
        assertThrows(IllegalArgumentException.class, () -> new PreprocessorSpec(250, 8, 30, 0, 50, false));
        assertThrows(IllegalArgumentException.class,
                () -> StreamingPreprocessor.of(SPEC, 2).process(new float[3][8]));
    }
}
