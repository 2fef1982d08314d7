package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DJL runs a module traced by Debian's torch exactly as torch did (fixture: make_fixture.py). */
class TorchScriptDecoderTest {

    static final Path FIXTURE = Path.of("src/test/resources/decode/torchscript");

    @Test
    void outputsMatchTorchToOneInAHundredThousand() throws Exception {
        JsonNode ref = ModelCard.json().readTree(FIXTURE.resolve("reference.json").toFile());
        Decoder decoder = Decoders.load(FIXTURE);
        TorchScriptDecoder ts = assertInstanceOf(TorchScriptDecoder.class, decoder);
        int windows = ref.get("inputs").size();
        assertEquals(3, windows);
        for (int i = 0; i < windows; i++) {
            float[][] x = ModelCard.json().convertValue(ref.get("inputs").get(i), float[][].class);
            float[] logits = ts.forward(x);
            Prediction p = decoder.predict(new Window(x, 2.0, i));
            for (int k = 0; k < 2; k++) {
                assertEquals(ref.get("logits").get(i).get(k).asDouble(), logits[k], 1e-5);
                assertEquals(ref.get("probabilities").get(i).get(k).asDouble(), p.probabilities()[k], 1e-5);
            }
            assertNull(p.attention());
        }
    }

    @Test
    void savedCopyLoadsAgain(@TempDir Path dir) throws Exception {
        Decoders.load(FIXTURE).save(dir);
        assertTrue(Files.exists(dir.resolve("model.pt")));
        assertEquals("torchscript", ModelCard.read(dir).decoder());
    }

    @Test
    void aFolderWithoutTheModuleIsAClearError(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURE.resolve("model.json"), dir.resolve("model.json"));
        Exception e = assertThrows(java.io.IOException.class, () -> Decoders.load(dir));
        assertTrue(e.getMessage().contains("model.pt not found"), e.getMessage());
    }

    @Test
    void cannotBeTrained() throws Exception {
        Decoder decoder = Decoders.load(FIXTURE);
        assertThrows(UnsupportedOperationException.class,
                () -> decoder.fit(SyntheticMotorImagery.epochs(4, 1)));
    }
}
