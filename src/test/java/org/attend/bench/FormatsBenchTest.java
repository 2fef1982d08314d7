package org.attend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatsBenchTest {

    private static final Path R04 = Path.of(System.getProperty("attend.home", "."))
            .resolve("recordings/eegmmidb/S001R04.edf");

    @Test
    void timesEveryReadAfterTheWarmUp() throws Exception {
        FormatsBench.Result r = FormatsBench.run(new FormatsBench.Plan(R04, 3, 1));
        assertEquals(3, r.readMillis().count());
        assertTrue(r.readMillis().min() > 0, r.readMillis().toString());
        assertEquals(64, r.recording().eegStream().orElseThrow().info().channelCount());
        assertEquals(2_600_000, r.fileBytes(), 10_000);
        assertTrue(r.megabytesPerSecond() > 0);
    }

    @Test
    void noRepetitionsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FormatsBench.Plan(R04, 0, 1));
    }
}
