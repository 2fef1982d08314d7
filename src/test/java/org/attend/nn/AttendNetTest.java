package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendNetTest {

    static float[][][] noise(int n, int c, int t, long seed) {
        Random r = new Random(seed);
        float[][][] x = new float[n][c][t];
        for (float[][] trial : x) {
            for (float[] ch : trial) {
                for (int k = 0; k < t; k++) {
                    ch[k] = (float) r.nextGaussian();
                }
            }
        }
        return x;
    }

    @Test
    void attentionWeightsHaveDocumentedShapesAndSumToOne() {
        AttendNetConfig config = AttendNetConfig.standard(64, 480, 2, 160, 38);
        assertEquals(2, config.decimation());
        assertEquals(15, config.tokens());
        assertEquals(41, config.kernelSamples(0));
        assertEquals(21, config.kernelSamples(1));
        assertEquals(11, config.kernelSamples(2));
        try (NetModel model = NetModel.create(build(64, 2, 480, 160, 38), Device.cpu(), 1)) {
            NetOutput out = model.infer(noise(3, 64, 480, 7));
            assertEquals(3, out.probabilities().length);
            for (int i = 0; i < 3; i++) {
                assertEquals(2, out.probabilities()[i].length);
                assertEquals(64, out.channelWeights()[i].length);
                assertEquals(15, out.timeWeights()[i].length);
                assertEquals(1.0, sum(out.probabilities()[i]), 1e-5);
                assertEquals(1.0, sum(out.channelWeights()[i]), 1e-5);
                assertEquals(1.0, sum(out.timeWeights()[i]), 1e-5);
                float[][] map = out.attentionMap(i, 64, 480);
                assertEquals(64, map.length);
                assertEquals(480, map[0].length);
                double total = 0;
                for (float[] row : map) {
                    total += sum(row);
                }
                assertEquals(1.0, total, 1e-4);
                // the 32 samples of token 0 share its weight equally, scaled by the channel's weight
                float expected = out.channelWeights()[i][5] * out.timeWeights()[i][0] / 32;
                assertEquals(expected, map[5][31], 1e-9);
                assertTrue(out.channelWeights()[i][5] > 0);
            }
        }
    }

    @Test
    void savedParametersReloadToIdenticalOutputs(@TempDir Path dir) throws Exception {
        float[][][] x = noise(4, 8, 128, 3);
        Path file = dir.resolve("weights.params");
        NetOutput before;
        try (NetModel model = NetModel.create(build(8, 3, 128, 128, 40), Device.cpu(), 11)) {
            before = model.infer(x);
            model.save(file);
        }
        assertTrue(Files.size(file) > 1000);
        try (NetModel loaded = NetModel.load(build(8, 3, 128, 128, 40), Device.cpu(), file)) {
            NetOutput after = loaded.infer(x);
            for (int i = 0; i < x.length; i++) {
                assertArrayEquals(before.probabilities()[i], after.probabilities()[i], 0f);
                assertArrayEquals(before.channelWeights()[i], after.channelWeights()[i], 0f);
                assertArrayEquals(before.timeWeights()[i], after.timeWeights()[i], 0f);
            }
        }
    }

    /** The shipped architecture ({@link AttendNetConfig#standard}) through its factory. */
    static NetworkBlock build(int channels, int classes, int samples, double rateHz, double bandHighHz) {
        return new AttendNetFactory().build(new NetworkShape(channels, classes, samples, rateHz, 4, bandHighHz),
                NetworkOptions.none());
    }

    static double sum(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s;
    }
}
