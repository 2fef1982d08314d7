package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class AdaptiveNormTest {

    private static float[] forward(AdaptiveNorm norm, NDManager manager, float[] values, boolean training) {
        ParameterStore store = new ParameterStore(manager, false);
        // one feature, (batch 1, features 1, samples n)
        NDArray x = manager.create(values, new Shape(1, 1, values.length));
        return norm.forward(store, new NDList(x), training).head().toFloatArray();
    }

    @Test
    void trainingKeepsRunningStatisticsThatInferenceUses() {
        NnEngine.get();
        try (NDManager manager = NDManager.newBaseManager()) {
            AdaptiveNorm norm = new AdaptiveNorm(1);
            norm.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 4));
            forward(norm, manager, new float[] {4, 6, 4, 6}, true); // batch mean 5, unbiased variance 4/3
            // DJL momentum 0.9: running = 0.9 · (0, 1) + 0.1 · (5, 4/3)
            float[] out = forward(norm, manager, new float[] {0.5f}, false);
            double mean = 0.5;
            double var = 0.9 + 0.1 * 4.0 / 3;
            assertEquals((0.5 - mean) / Math.sqrt(var + 1e-5), out[0], 1e-4);
        }
    }

    @Test
    void adaptationMovesTheStatisticsTowardsTheUserWithinItsCapAndResets() {
        NnEngine.get();
        try (NDManager manager = NDManager.newBaseManager()) {
            AdaptiveNorm norm = new AdaptiveNorm(1);
            norm.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 2));
            // training statistics stay at their initial mean 0, variance 1
            norm.setAdaptation(AdaptiveNorm.Adaptation.on(10, 0.5, 100));
            for (int i = 0; i < 30; i++) {
                forward(norm, manager, new float[] {2, 4}, false); // the user's windows: mean 3, mean square 10
            }
            // λ = min(0.5, 31 / 41) = 0.5 for the 31st window: mean 1.5, mean square 0.5 · 1 + 0.5 · 10 = 5.5
            float[] adapted = forward(norm, manager, new float[] {2, 4}, false);
            double mean = 1.5;
            double var = 5.5 - mean * mean;
            assertEquals((2 - mean) / Math.sqrt(var + 1e-5), adapted[0], 1e-4);
            assertEquals(31, norm.adaptedWindows());
            norm.resetAdaptation();
            norm.setAdaptation(AdaptiveNorm.Adaptation.OFF);
            float[] fixed = forward(norm, manager, new float[] {2, 4}, false);
            assertEquals(2 / Math.sqrt(1 + 1e-5), fixed[0], 1e-4);
        }
    }
}
