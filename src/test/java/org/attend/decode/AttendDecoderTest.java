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
import org.attend.nn.DeviceChoice;
import org.attend.nn.TrainingOptions;
import org.attend.stream.MissingChannelsException;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendDecoderTest {

    private static AttendDecoder trained;
    private static LabeledEpochs heldOut;

    static AttendSettings quickSettings() {
        return new AttendSettings(DeviceChoice.CPU, 1,
                new TrainingOptions(30, 32, 3e-3f, 1e-3f, 10, 7, 0.05, 0.05f, 0.05f, false), true, 0.2);
    }

    @BeforeAll
    static void train() {
        trained = new AttendDecoder(SyntheticMotorImagery.contract(), quickSettings().withAdaptAlignment(false));
        trained.fit(SyntheticMotorImagery.epochs(160, 1));
        heldOut = SyntheticMotorImagery.epochs(80, 2);
    }

    @AfterAll
    static void release() {
        trained.close();
    }

    @Test
    void learnsASeparableSyntheticTask() {
        int correct = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            Prediction p = trained.predict(new Window(heldOut.data()[i], i, i));
            correct += p.best() == heldOut.labels()[i] ? 1 : 0;
        }
        double accuracy = (double) correct / heldOut.size();
        assertTrue(accuracy > 0.9, "held-out accuracy " + accuracy);
        assertTrue(((Number) trained.history().best().validationAccuracy()).doubleValue() > 0.9);
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
        try (Decoder loaded = Decoders.load(modelDir)) {
            assertInstanceOf(AttendDecoder.class, loaded);
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
    void onlineAlignmentStaysIdenticalAcrossSaveAndLoad(@TempDir Path dir) throws Exception {
        try (AttendDecoder online = AttendDecoder.load(saved(dir), quickSettings());
             AttendDecoder again = AttendDecoder.load(dir.resolve("m"), quickSettings())) {
            List<float[]> first = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                first.add(online.predict(new Window(heldOut.data()[i], i, i)).probabilities());
            }
            online.resetAlignment();
            for (int i = 0; i < 4; i++) {
                Window w = new Window(heldOut.data()[i], i, i);
                assertArrayEquals(first.get(i), online.predict(w).probabilities(), 0f);
                assertArrayEquals(first.get(i), again.predict(w).probabilities(), 0f);
            }
        }
    }

    @Test
    void fineTuningContinuesFromTheLoadedWeightsWhereTrainingFromScratchCannot(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("pretrained");
        trained.save(modelDir);
        // a learning rate so small that two epochs cannot learn anything: what remains is what was loaded
        DecoderOptions tiny = DecoderOptions.parse(List.of("epochs=2", "finetune-epochs=2", "lr=1e-9",
                "finetune-lr=1e-9", "adapt-alignment=false", "seed=5"));
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

    private static double accuracy(Decoder decoder, LabeledEpochs epochs) {
        int correct = 0;
        for (int i = 0; i < epochs.size(); i++) {
            correct += decoder.predict(new Window(epochs.data()[i], i, i)).best() == epochs.labels()[i] ? 1 : 0;
        }
        return (double) correct / epochs.size();
    }

    private static Path saved(Path dir) throws Exception {
        Path modelDir = dir.resolve("m");
        trained.save(modelDir);
        // the same weights in online mode: adaptation changes outputs window by window, deterministically
        String json = Files.readString(modelDir.resolve("model.json")).replace("\"fixed\"", "\"online\"");
        Files.writeString(modelDir.resolve("model.json"), json);
        return modelDir;
    }

    @Test
    void epochsLackingARequiredChannelAreRejectedByName() {
        LabeledEpochs full = SyntheticMotorImagery.epochs(4, 3);
        List<String> renamed = new ArrayList<>(full.channels());
        renamed.set(2, "Oz");
        LabeledEpochs lacking = new LabeledEpochs(full.data(), full.labels(), full.classes(), renamed, 128);
        AttendDecoder fresh = new AttendDecoder(SyntheticMotorImagery.contract(), quickSettings());
        MissingChannelsException e = assertThrows(MissingChannelsException.class, () -> fresh.fit(lacking));
        assertEquals(List.of("Cz"), e.missing());
    }

    @Test
    void windowOfTheWrongShapeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trained.predict(new Window(new float[8][100], 0, 0)));
        assertTrue(e.getMessage().contains("8 channels × 100 samples"), e.getMessage());
    }

    @Test
    void severalSubjectsAreValidatedOnWholeHeldOutSubjects() {
        // 5 subjects of 4 trials each: 20 % of the subjects (one) is held out, all of its trials and no other
        List<Integer> groupOf = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            for (int i = 0; i < 4; i++) {
                groupOf.add(g);
            }
        }
        int[][] split = AttendDecoder.subjectSplit(groupOf, 5, 0.2, 42);
        assertEquals(16, split[0].length);
        assertEquals(4, split[1].length);
        int held = groupOf.get(split[1][0]);
        for (int i : split[1]) {
            assertEquals(held, groupOf.get(i));
        }
        for (int i : split[0]) {
            assertTrue(groupOf.get(i) != held);
        }
    }
}
