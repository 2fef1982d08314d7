package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headers no real recording has are refused with one line naming the file, the field, its value and why
 * (the cases a campaign of malformed files found read silently); repaired values and truncated data warn.
 */
class ImplausibleHeaderTest {

    private static final String EDF = "formats/mne-python/edf-bdf/duplicate_channel_labels.edf";
    private static final int EDF_SIGNALS = 4;

    @TempDir
    Path dir;

    private Path patched(String file, String name, int at, String ascii) throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(file));
        byte[] patch = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(patch, 0, bytes, at, patch.length);
        return Files.write(dir.resolve(name), bytes);
    }

    private static RecordingFormatException refused(Path p) {
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(p.getFileName().toString()) + "[ :].*"),
                e.getMessage());
        return e;
    }

    @Test
    void edfRecordDurationOf1e308SecondsIsRefused() throws Exception {
        Path p = patched(EDF, "duration.edf", 244, "1e308   ");
        assertEquals("duration.edf at byte 244: data record duration 1.0E308 s: longer than a day",
                refused(p).getMessage());
    }

    @Test
    void edfZeroRecordDurationIsRepairedWithAWarningAsMne() throws Exception {
        Recording r = Recordings.read(patched(EDF, "zero.edf", 244, "0       "));
        assertTrue(r.warnings().contains("data record duration 0.0 s is invalid; using 1 s (as MNE-Python)"),
                r.warnings().toString());
    }

    @Test
    void edfPhysicalRangeOfPlusMinus1e308IsRefused() throws Exception {
        Path p = patched(EDF, "range.edf", 256 + 104 * EDF_SIGNALS, "-1e308  ");
        Files.write(p, patchedBytes(p, 256 + 112 * EDF_SIGNALS, "1e308   "));
        String m = refused(p).getMessage();
        assertTrue(m.startsWith("range.edf at byte 672: signal 1 '"), m);
        assertTrue(m.contains("physical range [-1.0E308, 1.0E308]") && m.endsWith("beyond float32"), m);
    }

    @Test
    void edfSamplesPerRecordAbove100kHzAreRefused() throws Exception {
        Path p = patched(EDF, "rate.edf", 244, "0.0001  ");
        String m = refused(p).getMessage();
        assertTrue(m.matches("rate\\.edf at byte 1120: signal 1 has \\d+ samples per 1\\.0E-4 s record, \\d+ Hz: "
                + "more than 100000 Hz, which no EEG recording has"), m);
    }

    @Test
    void edfWithoutSignalsIsRefused() throws Exception {
        Path p = patched(EDF, "none.edf", 252, "0   ");
        assertEquals("none.edf at byte 252: header declares 0 signals: a recording has at least one",
                refused(p).getMessage());
    }

    @Test
    void gdfRecordDurationOf4294967295SecondsIsRefused() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(GdfFixture.DURATION_NUMERATOR_AT, -1);
        Path p = Files.write(dir.resolve("duration.gdf"), bytes);
        assertEquals("duration.gdf at byte 244: record duration 4294967295/1 = 4294967295 s: longer than a day",
                refused(p).getMessage());
    }

    @Test
    void gdfInfinitePhysicalMaximumIsRefused() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(256 + 112 * GdfFixture.CHANNELS,
                Double.POSITIVE_INFINITY);
        Path p = Files.write(dir.resolve("inf.gdf"), bytes);
        assertEquals("inf.gdf at byte 464: signal 1 'C3': physical and digital limits must be finite",
                refused(p).getMessage());
    }

    @Test
    void brainVisionSamplingIntervalOf1e300IsRefused() throws Exception {
        Path p = brainVision("SamplingInterval=1000", "SamplingInterval=1e-300");
        String m = refused(p).getMessage();
        assertTrue(m.startsWith("testv2.vhdr: SamplingInterval 1.0E-300 µs gives 1.0E306 Hz: more than 100000 Hz"),
                m);
    }

    @Test
    void truncatedBrainVisionDataReadsWithAWarning() throws Exception {
        Path p = brainVision("SamplingInterval=1000", "SamplingInterval=1000");
        Path eeg = p.resolveSibling("test.eeg");
        byte[] data = Files.readAllBytes(eeg);
        Files.write(eeg, Arrays.copyOf(data, data.length / 2 + 1));
        Recording r = Recordings.read(p);
        assertEquals(data.length / 2 / (32 * 2), r.eegStream().orElseThrow().sampleCount());
        assertTrue(r.warnings().contains("truncated: the header declares 7900 data points but the file holds 3950; "
                + "reading 3950"), r.warnings().toString());
        assertTrue(r.warnings().contains("truncated: the file ends 1 bytes into a sample; the partial sample is "
                + "dropped"), r.warnings().toString());
    }

    @Test
    void xdfNominalRateOf1e308IsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file("xdf/xdf-modules-example-files/empty_streams.xdf"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // same length, so that the chunk lengths stay true: the reader trims the value
        int at = text.indexOf("<nominal_srate>1.000000000000000<") + "<nominal_srate>".length();
        System.arraycopy("1e308            ".getBytes(StandardCharsets.US_ASCII), 0, bytes, at, 17);
        Path p = Files.write(dir.resolve("rate.xdf"), bytes);
        String m = refused(p).getMessage();
        assertTrue(m.matches("rate\\.xdf at byte \\d+: .*nominal_srate 1\\.0E308: more than 100000 Hz.*"), m);
    }

    private static byte[] patchedBytes(Path p, int at, String ascii) throws Exception {
        byte[] bytes = Files.readAllBytes(p);
        byte[] patch = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(patch, 0, bytes, at, patch.length);
        return bytes;
    }

    /** MNE's testv2 recording copied here, its header with one line replaced. */
    private Path brainVision(String line, String replacement) throws Exception {
        Path source = TestFiles.file("formats/mne-python/brainvision");
        for (String f : new String[] {"testv2.vmrk", "test.eeg"}) {
            Files.copy(source.resolve(f), dir.resolve(f));
        }
        String vhdr = Files.readString(source.resolve("testv2.vhdr"), StandardCharsets.UTF_8);
        assertTrue(vhdr.contains(line));
        return Files.writeString(dir.resolve("testv2.vhdr"), vhdr.replace(line, replacement), StandardCharsets.UTF_8);
    }
}
