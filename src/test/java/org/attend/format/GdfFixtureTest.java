package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated GDF 2.20 file reads with the values it was written with (the in-repo GDF of the tests). */
class GdfFixtureTest {

    @Test
    void generatedGdfReadsWithItsValuesRateAndEvents(@TempDir Path dir) throws Exception {
        Recording r = Recordings.read(GdfFixture.write(dir.resolve("fixture.gdf")));
        assertEquals(RecordingFormat.GDF, r.format());
        RecordedStream s = r.eegStream().orElseThrow();
        assertEquals(List.of("C3", "C4"), s.info().channels().labels());
        assertEquals(GdfFixture.RATE_HZ, s.info().sampleRateHz());
        assertEquals(GdfFixture.RECORDS * GdfFixture.RATE_HZ, s.sampleCount());
        assertEquals("uV", s.channelUnits().get(0));
        for (int c = 0; c < GdfFixture.CHANNELS; c++) {
            for (int i : new int[] {0, 1, 199, 250, 999}) {
                assertEquals(GdfFixture.digital(c, i) * GdfFixture.MICROVOLTS_PER_STEP, s.samples()[c][i], 1e-3,
                        "channel " + c + " sample " + i);
            }
        }
        assertEquals(2, r.annotations().size());
        assertEquals("769", r.annotations().get(0).label());
        assertEquals(1.0, r.annotations().get(0).onsetSeconds(), 1e-12);
        assertEquals("770", r.annotations().get(1).label());
        assertEquals(3.0, r.annotations().get(1).onsetSeconds(), 1e-12);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }
}
