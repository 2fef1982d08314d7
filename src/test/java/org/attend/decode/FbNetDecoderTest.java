package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.attend.stream.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fbnet} network inside the {@code attend} decoder, and its fusion with a tangent-space view. */
class FbNetDecoderTest extends NeuralDecoderContractTest {

    @Override
    String network() {
        return "fbnet";
    }

    @Test
    void aFusedTangentSpaceViewIsWeightedOnTheValidationSplitAndTravelsWithTheModel(@TempDir Path dir)
            throws Exception {
        LabeledEpochs test = SyntheticMotorImagery.epochs(40, 11);
        try (Decoder fused = Decoders.create("attend", SyntheticMotorImagery.contract(),
                quick("fusion=ts-lr", "adapt-alignment=false", "epochs=10"))) {
            fused.fit(SyntheticMotorImagery.epochs(160, 1));
            assertTrue(accuracy(fused, test) > 0.9, "fused accuracy " + accuracy(fused, test));
            fused.save(dir);
            Map<?, ?> fusion = (Map<?, ?>) ModelCard.read(dir).parameters().get("fusion");
            assertEquals("ts-lr", fusion.get("view"));
            double weight = ((Number) fusion.get("weight")).doubleValue();
            assertTrue(weight >= 0 && weight <= 1, "weight " + weight);
            try (Decoder loaded = Decoders.load(dir)) {
                for (int i = 0; i < 5; i++) {
                    Window w = new Window(test.data()[i], i, i);
                    assertArrayEquals(fused.predict(w).probabilities(), loaded.predict(w).probabilities(), 1e-6f);
                }
            }
        }
    }

    @Test
    void fusionTakesTheGeometricMeanOfTheViews() {
        float[] p = ViewFusion.fuse(new float[] {0.8f, 0.2f}, new float[] {0.2f, 0.8f}, 0.5);
        assertArrayEquals(new float[] {0.5f, 0.5f}, p, 1e-6f);
        float[] q = ViewFusion.fuse(new float[] {0.9f, 0.1f}, new float[] {0.5f, 0.5f}, 0.5);
        double a = Math.sqrt(0.9 * 0.5);
        double b = Math.sqrt(0.1 * 0.5);
        assertEquals(a / (a + b), q[0], 1e-6);
        assertArrayEquals(new float[] {0.9f, 0.1f}, ViewFusion.fuse(new float[] {0.9f, 0.1f},
                new float[] {0.3f, 0.7f}, 0), 1e-6f);
    }
}
