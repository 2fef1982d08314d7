package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attend.decode.NeuralDecoder;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.decode.ModelCard;
import org.attend.experiment.Epocher;
import org.attend.experiment.Paradigm;
import org.attend.experiment.RecordingRunLoader;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.attend.testing.RecordedS001;
import org.junit.jupiter.api.Test;

/** The model shipped in models/ loads through the plugin interfaces and decodes real eegmmidb windows. */
class ShippedAttendModelTest {

    static final Path MODEL = Path.of(System.getProperty("attend.home", ".")).resolve("models/eegmmidb-lr-attend");

    @Test
    void shippedModelDecodesRecordedWindowsWithAttentionMaps() throws Exception {
        ModelCard card = ModelCard.read(MODEL);
        InputContract c = card.contract();
        assertEquals(List.of("left", "right"), c.classes());
        assertEquals(480, c.windowSamples());
        assertTrue(Files.size(MODEL.resolve("weights.params")) < 5_000_000);
        Decoder decoder = Decoders.load(MODEL);
        assertInstanceOf(NeuralDecoder.class, decoder);

        // the shipped recordings of S001 (64 channels): the epocher picks the model's 21 channels by label
        Paradigm lr = Paradigm.named(Paradigm.LEFT_RIGHT);
        Paradigm paradigm = new Paradigm(lr.name(), lr.runs(), Map.of("T1", "left", "T2", "right"), 0.5, 3.5,
                c.bandLowHz(), c.bandHighHz(), c.channels(), 0);
        LabeledEpochs epochs = Epocher.forContract(new RecordingRunLoader(), c)
                .epochs(new RecordedS001(), "1", paradigm).epochs();
        assertEquals(45, epochs.size());
        for (int i = 0; i < epochs.size(); i++) {
            Prediction p = decoder.predict(new Window(epochs.data()[i], i, i));
            assertEquals(1.0, p.probabilities()[0] + p.probabilities()[1], 1e-5);
            assertEquals(21, p.attention().length);
            assertEquals(480, p.attention()[0].length);
            double total = 0;
            for (float[] row : p.attention()) {
                for (float v : row) {
                    total += v;
                }
            }
            assertEquals(1.0, total, 1e-4);
        }
    }
}
