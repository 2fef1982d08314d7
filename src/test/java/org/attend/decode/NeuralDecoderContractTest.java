package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attend.stream.MissingChannelsException;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every network plugin must do inside the {@code attend} decoder: learn a separable task, give attention
 * maps that sum to 1, save and load to identical outputs, fine-tune from loaded weights. One subclass per network.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NeuralDecoderContractTest {

    private NeuralDecoder trained;
    private LabeledEpochs heldOut;

    /** The network's name and any options it needs for the synthetic task. */
    abstract String network();

    /** Options of a quick training on the synthetic task. */
    DecoderOptions quick(String... more) {
        List<String> options = new ArrayList<>(List.of("net=" + network(), "epochs=30", "lr=3e-3", "patience=10",
                "seed=7", "shift=0.05", "noise=0.05", "channel-dropout=0.05", "ensemble=1"));
        options.addAll(List.of(more));
        return DecoderOptions.parse(options);
    }

    @BeforeAll
    void train() {
        trained = (NeuralDecoder) Decoders.create("attend", SyntheticMotorImagery.contract(),
                quick("adapt-alignment=false"));
        trained.fit(SyntheticMotorImagery.epochs(160, 1));
        heldOut = SyntheticMotorImagery.epochs(80, 2);
    }

    @AfterAll
    void release() {
        trained.close();
    }

    @Test
    void learnsASeparableSyntheticTask() {
        double accuracy = accuracy(trained, heldOut);
        assertTrue(accuracy > 0.9, network() + " held-out accuracy " + accuracy);
        assertTrue(((Number) trained.trainingMetrics().get("validationAccuracy")).doubleValue() > 0.9);
    }

    @Test
    void predictionCarriesAChannelByTimeAttentionMapThatSumsToOne() {
        Prediction p = trained.predict(new Window(heldOut.data()[0], 1.5, 0));
        assertEquals(1.0, p.probabilities()[0] + p.probabilities()[1], 1e-5);
        assertEquals(8, p.attention().length);
        assertEquals(256, p.attention()[0].length);
        double total = 0;
        for (float[] row : p.attention()) {
            for (float v : row) {
                assertTrue(v >= 0);
                total += v;
            }
        }
        assertEquals(1.0, total, 1e-4);
        assertEquals(1.5, p.sourceTime());
        assertTrue(p.computeNanos() > 0);
    }

    @Test
    void saveThenLoadGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("synthetic");
        trained.save(modelDir);
        assertTrue(Files.exists(modelDir.resolve("model.json")));
        assertTrue(Files.exists(modelDir.resolve("training-curve.png")));
        ModelCard card = ModelCard.read(modelDir);
        assertEquals("attend", card.decoder());
        assertEquals(SyntheticMotorImagery.CHANNELS, card.contract().channels());
        Map<?, ?> net = (Map<?, ?>) card.parameters().get("network");
        assertEquals(network(), net.get("name"));
        assertEquals(network(), card.options().get("net"));
        try (Decoder loaded = Decoders.load(modelDir)) {
            assertInstanceOf(NeuralDecoder.class, loaded);
            for (int i = 0; i < 5; i++) {
                Window w = new Window(heldOut.data()[i], i, i);
                Prediction a = trained.predict(w);
                Prediction b = loaded.predict(w);
                assertArrayEquals(a.probabilities(), b.probabilities(), 0f);
                for (int c = 0; c < a.attention().length; c++) {
                    assertArrayEquals(a.attention()[c], b.attention()[c], 0f);
                }
            }
        }
    }

    @Test
    void onlineAdaptationIsDeterministicAndResets(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("m");
        trained.save(modelDir);
        DecoderOptions online = DecoderOptions.parse(List.of("adapt-alignment=true", "adapt-norm=true"));
        try (NeuralDecoder first = (NeuralDecoder) Decoders.load(modelDir, online);
             NeuralDecoder again = (NeuralDecoder) Decoders.load(modelDir, online)) {
            List<float[]> seen = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                seen.add(first.predict(new Window(heldOut.data()[i], i, i)).probabilities());
            }
            first.resetAdaptation();
            for (int i = 0; i < 4; i++) {
                Window w = new Window(heldOut.data()[i], i, i);
                assertArrayEquals(seen.get(i), first.predict(w).probabilities(), 0f);
                assertArrayEquals(seen.get(i), again.predict(w).probabilities(), 0f);
            }
        }
    }

    @Test
    void fineTuningContinuesFromTheLoadedWeightsWhereTrainingFromScratchCannot(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("pretrained");
        trained.save(modelDir);
        // a learning rate so small that two epochs cannot learn anything: what remains is what was loaded
        DecoderOptions tiny = quick("epochs=2", "finetune-epochs=2", "lr=1e-9", "finetune-lr=1e-9",
                "adapt-alignment=false", "seed=5");
        LabeledEpochs newUser = SyntheticMotorImagery.epochs(40, 4);
        LabeledEpochs later = SyntheticMotorImagery.epochs(80, 5);
        try (Decoder tuned = Decoders.load(modelDir, tiny);
             Decoder scratch = Decoders.create("attend", SyntheticMotorImagery.contract(), tiny)) {
            tuned.fineTune(newUser);
            scratch.fit(newUser);
            double tunedAccuracy = accuracy(tuned, later);
            double scratchAccuracy = accuracy(scratch, later);
            assertTrue(tunedAccuracy > 0.85, "fine-tuned accuracy " + tunedAccuracy);
            assertTrue(scratchAccuracy < 0.75, "from-scratch accuracy " + scratchAccuracy);
            tuned.save(dir.resolve("tuned"));
        }
        ModelCard card = ModelCard.read(dir.resolve("tuned"));
        assertEquals(Boolean.TRUE, card.metrics().get("fineTuned"));
        assertEquals("1e-9", card.options().get("finetune-lr"));
        assertTrue(!card.options().containsKey("threads") && !card.options().containsKey("device"));
    }

    @Test
    void epochsLackingARequiredChannelAreRejectedByName() {
        LabeledEpochs full = SyntheticMotorImagery.epochs(4, 3);
        List<String> renamed = new ArrayList<>(full.channels());
        renamed.set(2, "Oz");
        LabeledEpochs lacking = new LabeledEpochs(full.data(), full.labels(), full.classes(), renamed, 128);
        try (Decoder fresh = Decoders.create("attend", SyntheticMotorImagery.contract(), quick())) {
            MissingChannelsException e = assertThrows(MissingChannelsException.class, () -> fresh.fit(lacking));
            assertEquals(List.of("Cz"), e.missing());
        }
    }

    @Test
    void windowOfTheWrongShapeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trained.predict(new Window(new float[8][100], 0, 0)));
        assertTrue(e.getMessage().contains("8 channels × 100 samples"), e.getMessage());
    }

    @Test
    void anOptionTheNetworkDoesNotKnowIsOneLineNamingItsOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Decoders.create("attend", SyntheticMotorImagery.contract(), quick("widgets=3")));
        assertTrue(e.getMessage().startsWith("decoder 'attend[net=" + network() + "]' has no option widgets"),
                e.getMessage());
    }

    static double accuracy(Decoder decoder, LabeledEpochs epochs) {
        int correct = 0;
        for (int i = 0; i < epochs.size(); i++) {
            correct += decoder.predict(new Window(epochs.data()[i], i, i)).best() == epochs.labels()[i] ? 1 : 0;
        }
        return (double) correct / epochs.size();
    }
}
