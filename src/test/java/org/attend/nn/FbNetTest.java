package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FbNetTest {

    private static final NetworkShape SHAPE = new NetworkShape(8, 2, 480, 160, 4, 40);

    static NetworkBlock build(Map<String, String> options) {
        return new FbNetFactory().build(SHAPE, NetworkOptions.of(options));
    }

    @Test
    void automaticBandsCoverTheContractsBandInFourHertzSteps() {
        List<double[]> bands = FbNetFactory.bands("auto", 4, SHAPE);
        assertEquals(9, bands.size());
        assertArrayEquals(new double[] {4, 8}, bands.get(0));
        assertArrayEquals(new double[] {36, 40}, bands.get(8));
        assertEquals(6, FbNetFactory.bands("auto", 4, new NetworkShape(8, 2, 480, 160, 8, 32)).size());
        assertEquals(2, FbNetFactory.bands("8-12/20-30", 4, SHAPE).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FbNetFactory.bands("8-12/30-90", 4, SHAPE));
        assertTrue(e.getMessage().contains("'30-90'"), e.getMessage());
    }

    @Test
    void outputsHaveDocumentedShapesAndWeightsSumToOne() {
        try (NetModel model = NetModel.create(build(Map.of("segments", "3")), Device.cpu(), 1)) {
            NetOutput out = model.infer(AttendNetTest.noise(2, 8, 480, 3));
            for (int i = 0; i < 2; i++) {
                assertEquals(1.0, AttendNetTest.sum(out.probabilities()[i]), 1e-5);
                assertEquals(8, out.channelWeights()[i].length);
                assertEquals(1.0, AttendNetTest.sum(out.channelWeights()[i]), 1e-5);
                assertEquals(3, out.timeWeights()[i].length);
                assertEquals(1.0, AttendNetTest.sum(out.timeWeights()[i]), 1e-5);
                assertEquals(9, out.bandTimeWeights()[i].length);
                double total = 0;
                for (float[] band : out.bandTimeWeights()[i]) {
                    assertEquals(3, band.length);
                    total += AttendNetTest.sum(band);
                }
                assertEquals(1.0, total, 1e-5);
            }
        }
    }

    @Test
    void theBandTapsAreTheDesignedFiltersAndAreNeverTrained() {
        FbNet net = (FbNet) build(Map.of());
        try (NetModel model = NetModel.create(net, Device.cpu(), 1)) {
            Parameter taps = net.getParameters().get("bandTaps");
            assertFalse(taps.requiresGradient());
            float[] before = taps.getArray().toFloatArray();
            double[] designed = FirBandpass.design(8, 12, net.config().taps(), 160);
            for (int k = 0; k < designed.length; k++) {
                assertEquals(designed[k], before[net.config().taps() + k], 1e-7, "band 8-12 Hz, tap " + k);
            }
            float[][][] x = AttendNetTest.noise(16, 8, 480, 5);
            int[] y = new int[16];
            for (int i = 0; i < y.length; i++) {
                y[i] = i % 2;
            }
            new NetTrainer(TrainingRecipe.builder().optEpochs(2).optBatchSize(8).build(), null, false)
                    .train(model, x, y, x, y);
            assertArrayEquals(before, taps.getArray().toFloatArray(), 0f);
        }
    }

    @Test
    void aModelCardRecordsEveryOptionSoThatOtherDefaultsRebuildTheSameNetwork() {
        FbNetFactory factory = new FbNetFactory();
        Map<String, String> resolved = factory.resolve(SHAPE, NetworkOptions.of(Map.of("filters", "3"))).asMap();
        assertEquals(factory.optionKeys(), resolved.keySet());
        assertEquals("3", resolved.get("filters"));
        assertEquals(Integer.toString(FbNetFactory.DEFAULT_SEGMENTS), resolved.get("segments"));
        assertEquals("auto", resolved.get("bands"));
        assertEquals(weights(build(Map.of("filters", "3"))), weights(build(resolved)));
        assertThrows(IllegalArgumentException.class, () -> factory.resolve(SHAPE, NetworkOptions.of(Map.of("x", "1"))));
    }

    private static long weights(NetworkBlock net) {
        try (NetModel model = NetModel.create(net, Device.cpu(), 1)) {
            return model.trainableParameterCount();
        }
    }
}
