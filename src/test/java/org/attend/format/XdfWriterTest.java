package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attend.stream.ChannelFormat;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XdfWriterTest {

    static final StreamInfo EEG = new StreamInfo("Attend EEG", "EEG", ChannelLayout.of("C3", "Cz", "C4"), 250,
            "uV", "test");
    static final StreamInfo MARKERS = new StreamInfo("Attend markers", "Markers", ChannelLayout.of("label"), 0, "",
            "test");

    /** Sample {@code i} of channel {@code c} in the chunks the tests write. */
    static float value(int c, long i) {
        return (float) (c * 1000 + Math.sin(i * 0.01) * 50 + i % 7);
    }

    static Chunk chunk(long first, int n) {
        float[][] data = new float[3][n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 100 + (first + i) / 250.0;
            for (int c = 0; c < 3; c++) {
                data[c][i] = value(c, first + i);
            }
        }
        return new Chunk(data, t);
    }

    @Test
    void roundTripsNumericAndStringStreamsWithClockOffsets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.xdf");
        try (XdfWriter xdf = XdfWriter.create(file)) {
            int eeg = xdf.addStream(EEG, ChannelFormat.FLOAT32);
            int cues = xdf.addStream(MARKERS, ChannelFormat.STRING);
            int counts = xdf.addStream(new StreamInfo("counter", "Misc", ChannelLayout.of("n"), 10, "", ""),
                    ChannelFormat.INT16);
            xdf.writeSamples(eeg, chunk(0, 100));
            xdf.writeStrings(cues, new String[] {"left", "ré<ght>&"}, new double[] {100.1, 100.2});
            xdf.writeClockOffset(eeg, 50, 0.25);
            xdf.flush();
            xdf.writeSamples(eeg, chunk(100, 150));
            xdf.writeClockOffset(eeg, 60, 0.25);
            xdf.writeSamples(counts, new Chunk(new float[][] {{-3, 7.4f, 32000}}, new double[] {1, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> xdf.writeStrings(eeg, new String[] {"x"},
                    new double[] {1}));
        }
        Recording raw = XdfReader.read(file, XdfReader.Options.RAW);
        assertTrue(raw.warnings().isEmpty(), raw.warnings().toString());
        RecordedStream eeg = raw.streams().get(0);
        assertEquals(EEG.channels(), eeg.info().channels());
        assertEquals(250.0, eeg.info().sampleRateHz());
        assertEquals("uV", eeg.info().unit());
        assertEquals(250, eeg.sampleCount());
        for (int i = 0; i < 250; i++) {
            assertEquals(100 + i / 250.0, eeg.timestamps()[i]);
            for (int c = 0; c < 3; c++) {
                assertEquals(value(c, i), eeg.samples()[c][i]);
            }
        }
        assertArrayEquals(new String[] {"left", "ré<ght>&"}, raw.streams().get(1).strings()[0]);
        assertArrayEquals(new float[] {-3, 7, 32000}, raw.streams().get(2).samples()[0]);
        // a constant offset of 0.25 s moves every stamp by 0.25 s
        RecordedStream synced = Recordings.read(file).streams().get(0);
        assertEquals(100.25, synced.timestamps()[0], 1e-6);
        assertEquals(List.of("left", "ré<ght>&"),
                Recordings.read(file).markers().stream().map(m -> m.label()).toList());
    }

    @Test
    void aFileCutAnywhereReadsUpToItsLastWholeChunkWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("whole.xdf");
        try (XdfWriter xdf = XdfWriter.create(file)) {
            int eeg = xdf.addStream(EEG, ChannelFormat.FLOAT32);
            for (int k = 0; k < 4; k++) {
                xdf.writeSamples(eeg, chunk(k * 10L, 10));
                xdf.flush();
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.xdf");
        int lastCount = 0;
        for (int length = 4; length < bytes.length; length += 3) {
            Files.write(cut, java.util.Arrays.copyOf(bytes, length));
            Recording r = Recordings.read(cut);
            if (r.streams().isEmpty()) {
                continue;
            }
            RecordedStream s = r.streams().get(0);
            int at = length;
            if (s.sampleCount() < 40) {
                assertTrue(r.warnings().stream().anyMatch(w -> w.contains("truncated") || w.contains("no StreamFooter")),
                        () -> "cut at " + at + ": " + r.warnings());
            }
            assertTrue(s.sampleCount() % 10 == 0 && s.sampleCount() >= lastCount, "whole chunks only");
            lastCount = s.sampleCount();
            for (int i = 0; i < s.sampleCount(); i++) {
                assertEquals(value(1, i), s.samples()[1][i]);
            }
        }
        assertEquals(40, lastCount);
    }

    @Test
    void aRecorderKilledWithSigkillLeavesAFileReadableUpToItsLastFlush(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.xdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                XdfWriterChild.class.getName(), file.toString()).redirectErrorStream(false).start();
        int flushed = 0;
        long flushedSamples = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (flushed < 5 && (line = out.readLine()) != null) {
                if (line.startsWith("flushed ")) {
                    flushed++;
                    flushedSamples = Long.parseLong(line.substring(8));
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(5, flushed, "the child reported its flushes");
        assertTrue(child.exitValue() != 0, "the child was killed");
        assertTrue(Files.size(file) > 0);
        Recording r = Recordings.read(file);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no StreamFooter")), r.warnings().toString());
        RecordedStream eeg = r.streams().get(0);
        assertTrue(eeg.sampleCount() >= flushedSamples, eeg.sampleCount() + " samples read, "
                + flushedSamples + " flushed");
        for (int i = 0; i < eeg.sampleCount(); i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(value(c, i), eeg.samples()[c][i], "sample " + i);
            }
            assertEquals(100 + i / 250.0, eeg.timestamps()[i], 1e-9);
        }
        assertTrue(r.streams().get(1).sampleCount() >= 5);
    }
}
