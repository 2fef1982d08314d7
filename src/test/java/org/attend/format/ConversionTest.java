package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: {@code convert clock_resets.xdf out.edf} wrote 91 of 175 markers (the rest outside the EEG span), start
 * date 1985-01-01, 134.063 s padded to 135.000 s, float32 as int16, none of it said; and only .edf/.bdf out.
 */
class ConversionTest {

    /** 2 float32 channels at 100 Hz for 1.05 s from LSL time 10 s; markers before, inside and after them. */
    private static Recording xdfLike(Instant start) {
        int n = 105;
        float[][] samples = new float[2][n];
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            samples[0][i] = (float) Math.sin(i * 0.1) * 37.123457f;
            samples[1][i] = i * 1e-3f;
            times[i] = 10 + i / 100.0;
        }
        RecordedStream eeg = new RecordedStream(new StreamInfo("EEG", "EEG", new ChannelLayout(List.of("C3", "C4")),
                100, "uV", "s"), "float32", List.of("uV", "uV"), List.of("EEG", "EEG"), new double[] {100, 100},
                samples, null, times);
        RecordedStream cues = new RecordedStream(new StreamInfo("Cues", "Markers", new ChannelLayout(List.of("m")),
                0, "", "c"), "string", List.of(""), List.of("MISC"), new double[] {0}, new float[0][],
                new String[][] {{"early", "mid", "late"}}, new double[] {9.5, 10.5, 12});
        return new Recording(Path.of("session.xdf"), RecordingFormat.XDF, start, List.of(eeg, cues), List.of(),
                List.of());
    }

    @Test
    void edfSaysWhatItLeftOutPaddedRoundedAndMadeUp(@TempDir Path dir) throws IOException {
        Conversion c = EdfWriter.write(xdfLike(null), dir.resolve("out.edf"), false);
        assertEquals(1, c.markers());
        assertEquals(2.0, c.seconds(), 1e-9, "105 samples in whole records of 1 s");
        assertEquals(List.of(
                "session.xdf has no start date: written as 1985-01-01 00:00:00, EDF's placeholder for an unknown date",
                "left out 2 of 3 markers that fall outside the signal's 0–1.050 s (1 before its first sample, 1 after "
                        + "its last)",
                "padded with zeros from 1.050 to 2.000 s (EDF+ holds whole data records of 1 s)"), c.notes().subList(0, 3));
        assertTrue(c.notes().get(3).startsWith("float32 samples stored as 16-bit integers, each channel's range in "
                + "65536 steps (the coarsest: C3, "), c.notes().get(3));
        assertEquals(4, c.notes().size());
        Recording back = Recordings.read(dir.resolve("out.edf"));
        assertEquals(List.of("mid"), back.annotations().stream().map(Annotation::label).toList());
    }

    @Test
    void brainVisionKeepsEverySampleTheMarkersAndTheStartDate(@TempDir Path dir) throws IOException {
        Instant start = Instant.parse("2026-12-07T01:02:03.250Z");
        Recording original = xdfLike(start);
        Conversion c = BrainVisionWriter.write(original, dir.resolve("out.vhdr"));
        assertEquals(List.of("left out 2 of 3 markers that fall outside the signal's 0–1.040 s (1 before its first "
                + "sample, 1 after its last)", "markers written as BrainVision Stimulus markers: readers (MNE, Attend) "
                + "name them 'Stimulus/LABEL'"), c.notes());
        assertTrue(Files.exists(dir.resolve("out.eeg")) && Files.exists(dir.resolve("out.vmrk")));
        Recording back = Recordings.read(dir.resolve("out.vhdr"));
        assertEquals(start, back.startTime());
        RecordedStream a = original.streams().get(0);
        RecordedStream b = back.eegStream().orElseThrow();
        assertEquals(List.of("C3", "C4"), b.info().channels().labels());
        assertEquals(100.0, b.info().sampleRateHz());
        assertArrayEquals(a.samples()[0], b.samples()[0]);
        assertArrayEquals(a.samples()[1], b.samples()[1]);
        Annotation mid = back.annotations().stream().filter(x -> x.label().equals("Stimulus/mid")).findFirst()
                .orElseThrow(() -> new AssertionError(back.annotations()));
        assertEquals(0.5, mid.onsetSeconds(), 1e-9);
    }

    @Test
    void csvHasATimeColumnEveryChannelWithItsUnitAndTheMarkers(@TempDir Path dir) throws IOException {
        Conversion c = CsvWriter.write(xdfLike(null), dir.resolve("out.csv"));
        assertEquals(1, c.markers());
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertEquals(106, lines.size());
        assertEquals("time_s,C3 (uV),C4 (uV),marker", lines.get(0));
        assertEquals("0.500000," + (float) Math.sin(50 * 0.1) * 37.123457f + "," + 50 * 1e-3f + ",mid", lines.get(51));
        assertTrue(lines.get(1).endsWith(","), "no marker on the first sample: " + lines.get(1));
    }

    @Test
    void oneRateFormatsRefuseChannelsOfAnotherRate() {
        Recording r = xdfLike(null);
        RecordedStream s = r.streams().get(0);
        RecordedStream uneven = new RecordedStream(s.info(), s.channelFormat(), s.channelUnits(), s.channelTypes(),
                new double[] {100, 50}, s.samples(), null, s.timestamps());
        Recording mixed = new Recording(r.source(), r.format(), null, List.of(uneven), List.of(), List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> CsvWriter.write(mixed, Path.of("x.csv")));
        assertTrue(e.getMessage().startsWith("channel C4 is sampled at 50.0 Hz, the stream at 100.0 Hz"),
                e.getMessage());
    }
}
