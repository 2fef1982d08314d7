package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attend.nn.TrainingRecipe;
import org.attend.dsp.Preprocessing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecoderOptionsTest {

    @Test
    void parsesKeyValueArgumentsAndTypedValues() {
        DecoderOptions o = DecoderOptions.parse(List.of("epochs=30", "lr=1e-3", "adapt-alignment=off", "epochs=12"));
        assertEquals(12, o.integer("epochs", 1), "a later key wins");
        assertEquals(1e-3, o.decimal("lr", 0), 0);
        assertFalse(o.bool("adapt-alignment", true));
        assertEquals(7, o.integer("patience", 7));
        assertEquals(List.of("epochs=12", "lr=1e-3", "adapt-alignment=off"), o.toArguments());
    }

    @Test
    void malformedArgumentsAndValuesAreOneLineErrors() {
        var e = assertThrows(IllegalArgumentException.class, () -> DecoderOptions.parse(List.of("epochs")));
        assertEquals("decoder option 'epochs' is not key=value", e.getMessage());
        DecoderOptions o = DecoderOptions.parse(List.of("epochs=many", "lr=NaN"));
        assertEquals("decoder option epochs=many is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> o.integer("epochs", 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> o.decimal("lr", 1));
    }

    @Test
    void prefixedKeysReachOnlyTheirDecoderAndUnknownKeysAreRejected() {
        DecoderOptions o = DecoderOptions.parse(List.of("seed=3", "attend.epochs=30", "csp-lda.components=4"));
        assertEquals(Map.of("seed", "3", "epochs", "30"), o.forDecoder("attend").asMap());
        assertEquals(Map.of("seed", "3", "components", "4"), o.forDecoder("csp-lda").asMap());
        var e = assertThrows(IllegalArgumentException.class,
                () -> o.forDecoder("attend").requireOnly(Set.of("seed"), "attend"));
        assertEquals("decoder 'attend' has no option epochs (its options: seed)", e.getMessage());
        var csp = new InputContract(List.of("a", "b"), 100, 1, 8, 30, List.of("x", "y"));
        var bad = assertThrows(IllegalArgumentException.class,
                () -> Decoders.create("mdm", csp, DecoderOptions.parse(List.of("components=4"))));
        assertEquals("decoder 'mdm' has no option components (it takes none)", bad.getMessage());
    }

    @Test
    void neuralSettingsComeFromOptionsWithDocumentedFineTuningDefaults() {
        NeuralSettings d = NeuralSettings.fromOptions(DecoderOptions.none(), "attend");
        assertEquals(80, d.training().epochs());
        assertEquals(NeuralSettings.DEFAULT_NETWORK, d.network().name());
        assertEquals(NeuralSettings.FINE_TUNE_EPOCHS, d.fineTuning().epochs());
        assertEquals(d.training().learningRate() * NeuralSettings.FINE_TUNE_RATE_FACTOR, d.fineTuning().learningRate(),
                1e-9);
        NeuralSettings s = NeuralSettings.fromOptions(DecoderOptions.parse(List.of("epochs=5", "lr=0.01",
                "finetune-epochs=3", "threads=2", "net=attendnet", "heads=2", "optimiser=adamw", "mirror=true")),
                "attend");
        assertEquals(5, s.training().epochs());
        assertEquals(0.01f, s.training().learningRate());
        assertEquals(0.001f, s.fineTuning().learningRate(), 1e-9);
        assertEquals(3, s.fineTuning().epochs());
        assertEquals(3, s.fineTuning().patience(), "patience never exceeds the epochs");
        assertEquals(2, s.runtime().threads());
        assertEquals("attendnet", s.network().name());
        assertEquals(Map.of("heads", "2"), s.networkOptions().asMap(), "what is not the decoder's is the network's");
        assertEquals(TrainingRecipe.Optimiser.ADAMW, s.training().optimiser());
        assertTrue(s.training().mirror());
        var unknown = assertThrows(IllegalArgumentException.class, () -> NeuralSettings.fromOptions(
                DecoderOptions.parse(List.of("net=attendnet", "segments=4")), "attend"));
        assertTrue(unknown.getMessage().startsWith("decoder 'attend[net=attendnet]' has no option segments"),
                unknown.getMessage());
        var badEnum = assertThrows(IllegalArgumentException.class, () -> NeuralSettings.fromOptions(
                DecoderOptions.parse(List.of("optimiser=lbfgs")), "attend"));
        assertEquals("decoder option optimiser=lbfgs is not one of adam, adamw, sgd", badEnum.getMessage());
    }

    @Test
    void contractCarriesItsPreprocessingThroughTheModelCard(@TempDir Path dir) throws Exception {
        Preprocessing chain = new Preprocessing(Preprocessing.COMMON_AVERAGE, 60, true, Preprocessing.BUTTERWORTH, 3,
                4, 38, true);
        InputContract c = new InputContract(List.of("C3", "C4"), 160, 3, List.of("left", "right"), chain);
        new ModelCard("csp-lda", "dev", c, Map.of(), Map.of(), Map.of(), Map.of("components", "4")).write(dir);
        String json = Files.readString(dir.resolve(ModelCard.FILE_NAME));
        assertTrue(json.contains("\"preprocessing\""), json);
        assertEquals(1, json.split("\"bandLowHz\"", -1).length - 1, "the band is written once, in preprocessing");
        ModelCard back = ModelCard.read(dir);
        assertEquals(c, back.contract());
        assertEquals(Map.of("components", "4"), back.options());
    }

    @Test
    void anOldCardReadsAsTheChainLiveSessionsAppliedToIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ModelCard.FILE_NAME), """
                {"decoder": "csp-lda", "contract": {"channels": ["C3", "C4"], "sampleRateHz": 160.0,
                 "windowSeconds": 3.0, "bandLowHz": 8.0, "bandHighHz": 30.0, "classes": ["left", "right"]}}""");
        InputContract c = ModelCard.read(dir).contract();
        assertEquals(Preprocessing.bandpass(8, 30).withNotch(InputContract.LEGACY_NOTCH_HZ), c.preprocessing());
        assertTrue(c.preprocessing().causal());
        assertEquals(8, c.bandLowHz());
        assertTrue(ModelCard.read(dir).options().isEmpty());
    }
}
