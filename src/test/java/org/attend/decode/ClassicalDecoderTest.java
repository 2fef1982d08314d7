package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.attend.stream.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards every classical decoder shares: classes checked before fitting, nothing used or saved unfitted. */
class ClassicalDecoderTest {

    private static final List<String> CLASSES = List.of("left", "right");
    private static final InputContract CONTRACT = new InputContract(List.of("C3", "C4"), 160, 1.0, 8, 30, CLASSES);

    @Test
    void everyClassicalDecoderRefusesToPredictOrSaveBeforeFitAndChecksTheClasses(@TempDir Path dir) {
        for (String name : List.of("csp-lda", "fbcsp-lda", "mdm", "ts-lr")) {
            Decoder decoder = Decoders.create(name, CONTRACT);
            IllegalStateException used = assertThrows(IllegalStateException.class,
                    () -> decoder.predict(new Window(new float[2][160], 1.0, 0)));
            assertEquals(name + " decoder used before fit", used.getMessage());
            IllegalStateException saved = assertThrows(IllegalStateException.class, () -> decoder.save(dir));
            assertEquals(name + " decoder saved before fit", saved.getMessage());
            LabeledEpochs wrong = new LabeledEpochs(new float[2][2][160], new int[] {0, 1}, List.of("up", "down"),
                    List.of("C3", "C4"), 160);
            IllegalArgumentException fit = assertThrows(IllegalArgumentException.class, () -> decoder.fit(wrong));
            assertEquals("epochs have classes [up, down], the decoder [left, right]", fit.getMessage());
        }
    }
}
