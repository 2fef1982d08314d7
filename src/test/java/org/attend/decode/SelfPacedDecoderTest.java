package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfPacedDecoderTest {

    /** The synthetic task's trials, and as many rest epochs: the same noise and mixing without any rhythm. */
    static LabeledEpochs trialsAndRest(int n, long seed) {
        LabeledEpochs trials = SyntheticMotorImagery.epochs(n, seed);
        LabeledEpochs rest = SyntheticMotorImagery.epochs(n, seed + 1000, 0);
        List<float[][]> data = new ArrayList<>(List.of(trials.data()));
        data.addAll(List.of(rest.data()));
        int[] labels = new int[2 * n];
        for (int i = 0; i < n; i++) {
            labels[i] = trials.labels()[i];
            labels[n + i] = 2;
        }
        return new LabeledEpochs(data.toArray(float[][][]::new), labels, List.of("left", "right", "rest"),
                trials.channels(), trials.sampleRateHz());
    }

    private static SelfPacedDecoder fitted() {
        InputContract contract = SyntheticMotorImagery.contract();
        SelfPacedDecoder decoder = new SelfPacedDecoder(Decoders.create("csp-lda", contract),
                SelfPacedDecoder.newDetector("ts-lr", contract));
        decoder.fit(trialsAndRest(80, 1));
        return decoder;
    }

    @Test
    void intentGatesTheClassProbabilities() {
        try (SelfPacedDecoder decoder = fitted()) {
            assertEquals(List.of("left", "right", "rest"), decoder.contract().classes());
            LabeledEpochs test = trialsAndRest(40, 7);
            double restOnRest = 0;
            double restOnTrials = 0;
            for (int i = 0; i < test.size(); i++) {
                Window w = new Window(test.data()[i], i, i);
                Prediction p = decoder.predict(w);
                float[] q = p.probabilities();
                assertEquals(1.0, q[0] + q[1] + q[2], 1e-5);
                // p(k) = p(intent) · p(k | intent): the class decoder's own odds are kept
                float[] c = decoder.classDecoder().predict(w).probabilities();
                assertEquals(c[0], q[0] / (q[0] + q[1]), 1e-4);
                if (test.labels()[i] == 2) {
                    restOnRest += q[2];
                } else {
                    restOnTrials += q[2];
                }
            }
            restOnRest /= 40;
            restOnTrials /= 40;
            assertTrue(restOnRest > 0.8 && restOnTrials < 0.2, "p(rest) on rest " + restOnRest + ", on trials "
                    + restOnTrials);
        }
    }

    @Test
    void saveAndLoadKeepBothDecodersAndThePolicy(@TempDir Path dir) throws Exception {
        LabeledEpochs test = trialsAndRest(5, 9);
        try (SelfPacedDecoder decoder = fitted()) {
            decoder.describePolicy(Map.of("threshold", 0.7, "dwell", 4, "refractorySeconds", 2.0));
            decoder.save(dir);
            try (Decoder loaded = Decoders.load(dir)) {
                SelfPacedDecoder paced = assertInstanceOf(SelfPacedDecoder.class, loaded);
                assertEquals(0.7, ((Number) paced.policy().get("threshold")).doubleValue());
                assertEquals(4, ((Number) paced.policy().get("dwell")).intValue());
                for (int i = 0; i < test.size(); i++) {
                    Window w = new Window(test.data()[i], i, i);
                    assertArrayEquals(decoder.predict(w).probabilities(),
                            loaded.predict(w).probabilities(), 1e-6f);
                }
            }
        }
    }

    @Test
    void aClassDecoderThatPredictsRestItselfIsRefused() {
        InputContract withRest = new InputContract(SyntheticMotorImagery.CHANNELS, SyntheticMotorImagery.RATE_HZ,
                2, 4, 40, List.of("left", "right", "rest"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SelfPacedDecoder(
                Decoders.create("csp-lda", withRest), SelfPacedDecoder.newDetector("ts-lr",
                SyntheticMotorImagery.contract())));
        assertTrue(e.getMessage().contains("predicts 'rest' itself"), e.getMessage());
    }
}
