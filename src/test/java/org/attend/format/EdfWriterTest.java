package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/** Recordings written as EDF+/BDF+ read back with the same channels, rates, annotations and values. */
class EdfWriterTest {

    private static final Path R04 = Path.of(System.getProperty("attend.home", "."), "recordings", "eegmmidb",
            "S001R04.edf");

    @Test
    void eegmmidbRoundTripsThroughEdfAndBdf(@TempDir Path dir) throws Exception {
        Recording original = Recordings.read(R04);
        for (boolean bdf : new boolean[] {false, true}) {
            Path out = dir.resolve(bdf ? "r04.bdf" : "r04.edf");
            EdfWriter.write(original, out, bdf);
            Recording copy = Recordings.read(out);
            assertEquals(bdf ? RecordingFormat.BDF : RecordingFormat.EDF, copy.format());
            assertTrue(copy.warnings().isEmpty(), copy.warnings().toString());
            assertEquals(original.startTime(), copy.startTime());
            assertEquals(original.annotations(), copy.annotations());
            RecordedStream a = original.eegStream().orElseThrow();
            RecordedStream b = copy.eegStream().orElseThrow();
            assertEquals(a.info().channels(), b.info().channels());
            assertEquals(160.0, b.info().sampleRateHz());
            assertEquals(a.sampleCount(), b.sampleCount());
            assertEquals(a.channelUnits(), b.channelUnits());
            for (int c = 0; c < 64; c++) {
                double step = range(a.samples()[c]) / (bdf ? 16_777_215.0 : 65_535.0);
                for (int i = 0; i < a.sampleCount(); i++) {
                    assertEquals(a.samples()[c][i], b.samples()[c][i], step / 2 + Math.ulp(a.samples()[c][i]) * 2,
                            "channel " + c + " sample " + i);
                }
            }
        }
    }

    @Test
    void stimChannelsSurviveExactly(@TempDir Path dir) throws Exception {
        Recording original = Recordings.read(TestFiles.file(
                "formats/mne-python/edf-bdf/test_bdf_stim_channel.bdf"));
        Path out = dir.resolve("stim.bdf");
        EdfWriter.write(original, out, true);
        RecordedStream a = original.eegStream().orElseThrow();
        RecordedStream b = Recordings.read(out).eegStream().orElseThrow();
        int status = a.info().channels().indexOf("Status");
        assertEquals("STIM", b.channelTypes().get(status));
        assertArrayEquals(a.samples()[status], b.samples()[status]);
    }

    @Test
    void subSecondStartsSurviveExactly(@TempDir Path dir) throws Exception {
        Recording subsecond = Recordings.read(TestFiles.file(
                "formats/mne-testing-data/EDF/subsecond_starttime.edf"));
        Path edf = dir.resolve("subsecond.edf");
        EdfWriter.write(subsecond, edf, false);
        Recording copy = Recordings.read(edf);
        assertEquals(subsecond.startTime(), copy.startTime());
        assertEquals(subsecond.annotations().size(), copy.annotations().size());
        for (int i = 0; i < copy.annotations().size(); i++) {
            assertEquals(subsecond.annotations().get(i).onsetSeconds(), copy.annotations().get(i).onsetSeconds(),
                    1e-6);
            assertEquals(subsecond.annotations().get(i).label(), copy.annotations().get(i).label());
        }
    }

    @Test
    void xdfMarkersBecomeAnnotations(@TempDir Path dir) throws Exception {
        Recording xdf = Recordings.read(TestFiles.file("xdf/xdf-modules-example-files/minimal.xdf"));
        Path out = dir.resolve("minimal.edf");
        EdfWriter.write(xdf, out, false);
        Recording copy = Recordings.read(out);
        RecordedStream s = copy.eegStream().orElseThrow();
        assertEquals(List.of("1", "2", "3"), s.info().channels().labels());
        assertEquals(10.0, s.info().sampleRateHz());
        // 9 samples padded to one whole 1-second record
        assertEquals(10, s.sampleCount());
        float[] first = xdf.streams().get(0).samples()[0];
        for (int i = 0; i < 9; i++) {
            assertEquals(first[i], s.samples()[0][i], 1e-9);
        }
        List<Annotation> annotations = copy.annotations();
        assertEquals(9, annotations.size());
        assertEquals("Hello", annotations.get(1).label());
        assertEquals(0.2, annotations.get(1).onsetSeconds(), 1e-6); // 5.2 s - first EEG stamp 5.0 s
    }

    private static double range(float[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return max - min;
    }
}
