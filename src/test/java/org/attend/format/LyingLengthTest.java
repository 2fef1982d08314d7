package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/** Length fields that claim more than the file holds fail with the offset and the claim, before allocating. */
class LyingLengthTest {

    @TempDir
    Path dir;

    private Path mutated(String file, String name, int at, byte[] patch) throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(file));
        System.arraycopy(patch, 0, bytes, at, patch.length);
        Path out = dir.resolve(name);
        Files.write(out, bytes);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] le(long value, int width) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value);
        return java.util.Arrays.copyOf(b.array(), width);
    }

    @Test
    void edfSignalCountBeyondTheFile() throws Exception {
        Path p = mutated("formats/mne-python/edf-bdf/duplicate_channel_labels.edf", "ns.edf", 252, ascii("9999"));
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
        assertEquals("ns.edf at byte 252: header declares 9999 signals, which needs 2560000 header bytes but the "
                + "file has 16360", e.getMessage());
    }

    @Test
    void edfSamplesPerRecordBeyondTheFile() throws Exception {
        // the first signal's samples-per-record field: after 216 bytes of fields for each of the 4 signals
        Path p = mutated("formats/mne-python/edf-bdf/duplicate_channel_labels.edf", "spr.edf", 256 + 216 * 4,
                ascii("99999999"));
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
        assertTrue(e.getMessage().startsWith("spr.edf at byte 1120: signal 1 declares 99999999 samples per record"),
                e.getMessage());
    }

    @Test
    void edfRecordCountLargerThanTheDataIsReducedWithAWarning() throws Exception {
        Path p = mutated("formats/mne-python/edf-bdf/duplicate_channel_labels.edf", "records.edf", 236,
                ascii("99999999"));
        Recording r = Recordings.read(p);
        assertEquals(2500, r.eegStream().orElseThrow().sampleCount());
        assertTrue(r.warnings().get(0).startsWith("header declares 99999999 data records but the file holds 10"),
                r.warnings().toString());
    }

    /** An XDF file of one 3-channel stream with two Samples chunks, written by {@link XdfWriter}. */
    private Path written() throws Exception {
        Path file = dir.resolve("written.xdf");
        try (XdfWriter xdf = XdfWriter.create(file)) {
            int id = xdf.addStream(XdfWriterTest.EEG, ChannelFormat.FLOAT32);
            xdf.writeSamples(id, XdfWriterTest.chunk(0, 10));
            xdf.writeSamples(id, XdfWriterTest.chunk(10, 10));
        }
        return file;
    }

    private Path patched(Path file, String name, int at, byte[] patch) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        System.arraycopy(patch, 0, bytes, at, patch.length);
        Path out = dir.resolve(name);
        Files.write(out, bytes);
        return out;
    }

    @Test
    void xdfSampleCountBeyondTheChunk() throws Exception {
        Path file = written();
        int chunk = samplesChunks(Files.readAllBytes(file))[0];
        Path p = patched(file, "count.xdf", chunk + 16, le(0x7FFF_FFFFL, 4));
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
        assertEquals("count.xdf at byte " + chunk + ": Samples chunk of stream 1 claims 2147483647 samples, more "
                + "than its 210 remaining bytes can hold", e.getMessage()); // 10 x (1 + 8 + 3 x 4)
    }

    @Test
    void xdfChunkLengthBeyondTheFileIsATruncationWarning() throws Exception {
        Path file = written();
        int chunk = samplesChunks(Files.readAllBytes(file))[1];
        Path p = patched(file, "long.xdf", chunk + 1, le(1L << 40, 8));
        Recording r = Recordings.read(p);
        assertEquals(10, r.streams().get(0).sampleCount(), "the first chunk is intact");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("the chunk at byte " + chunk
                + " declares 1099511627776 bytes")), r.warnings().toString());
    }

    @Test
    void gdfEventCountBeyondTheFileIsATruncationWarning() throws Exception {
        // Header3Tag1.gdf: event table at byte 24576 (mode, 3-byte count, float32 rate)
        Path p = mutated("formats/libgdf/Header3Tag1.gdf", "events.gdf", 24577, new byte[] {-1, -1, -1});
        Recording r = Recordings.read(p);
        assertEquals(Recordings.read(TestFiles.file("formats/libgdf/Header3Tag1.gdf")).streams().get(0).sampleCount(),
                r.streams().get(0).sampleCount(), "the signals are intact");
        assertTrue(r.annotations().isEmpty());
        assertEquals(List.of("event table at byte 24576 declares 16777215 events (100663290 bytes) but only 18 bytes "
                + "remain: the file was cut; events ignored"), r.warnings());
    }

    /** Offsets of the Samples chunks XdfWriter wrote: [8][length: 8][tag 3: 2][stream id: 4][4][count: 4]. */
    private static int[] samplesChunks(byte[] bytes) {
        return java.util.stream.IntStream.range(4, bytes.length - 16)
                .filter(i -> bytes[i] == 8 && bytes[i + 9] == 3 && bytes[i + 10] == 0 && bytes[i + 11] == 1
                        && bytes[i + 15] == 4 && bytes[i + 16] == 10)
                .toArray();
    }
}
