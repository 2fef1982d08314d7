package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects a campaign of mutated recordings found (issue 24, D1 to D6), each on a file like the one that found
 * it: read wrongly without a word, or refused with a message naming something other than the real problem.
 */
class CampaignDefectsTest {

    private static final String R04 = "eegmmidb/S001/S001R04.edf";
    /** S001R04: 64 EEG signals at 160 samples per 1 s record and the EDF+ annotation signal. */
    private static final int R04_SIGNALS = 65;
    private static final String BV = "formats/mne-python/brainvision/";

    @TempDir
    Path dir;

    // D1: a digital range that 16- or 24-bit samples cannot fill maps every sample to a constant

    @Test
    void edfDigitalMaximumBeyond16BitsIsRefusedNamingTheSignalAndField() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(R04));
        int cz = signal(bytes, "Cz..");
        int at = 256 + 128 * R04_SIGNALS + 8 * cz;
        Path p = write("cz.edf", ascii(bytes, at, "1e308   "));
        assertEquals("cz.edf at byte " + at + ": signal " + (cz + 1) + " 'Cz..': digital maximum 1.0E308 lies outside "
                + "-32768..32767, the range of EDF's 16-bit samples", refused(p));
    }

    @Test
    void bdfDigitalMinimumBeyond24BitsIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file("formats/mne-python/edf-bdf/test_bdf_stim_channel.bdf"));
        int signals = Integer.parseInt(new String(bytes, 252, 4, StandardCharsets.US_ASCII).trim());
        Path p = write("low.bdf", ascii(bytes, 256 + 120 * signals, "-9000000"));
        assertTrue(refused(p).matches("low\\.bdf at byte " + (256 + 120 * signals) + ": signal 1 '.*': digital "
                + "minimum -9000000 lies outside -8388608\\.\\.8388607, the range of BDF's 24-bit samples"));
    }

    @Test
    void gdfDigitalMaximumBeyondItsInt16SamplesIsRefused() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        int at = 256 + 128 * GdfFixture.CHANNELS;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, 1e308);
        assertEquals("max.gdf at byte " + at + ": signal 1 'C3': digital maximum 1.0E308 lies outside -32768..32767, "
                + "the range of its int16 samples", refused(write("max.gdf", bytes)));
    }

    // D2: one signal's samples per record set to 0

    @Test
    void edfAnnotationSignalWithoutSamplesIsRefusedNotReadWithoutMarkers() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(R04));
        int annotations = signal(bytes, "EDF Annotations");
        int at = 256 + 216 * R04_SIGNALS + 8 * annotations;
        Path p = write("tal0.edf", ascii(bytes, at, "0       "));
        assertEquals("tal0.edf at byte " + at + ": signal 65 'EDF Annotations': samples per record is 0, but an "
                + "annotation signal holds at least the time-keeping TAL of each record", refused(p));
    }

    @Test
    void edfEegSignalWithoutSamplesIsRefusedNotReadAsA0HzChannel() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(R04));
        int fcz = signal(bytes, "Fcz.");
        int at = 256 + 216 * R04_SIGNALS + 8 * fcz;
        assertEquals("fcz.edf at byte " + at + ": signal " + (fcz + 1) + " 'Fcz.': samples per record is 0, but every "
                + "signal holds at least one sample per record", refused(write("fcz.edf", ascii(bytes, at, "0       "))));
    }

    @Test
    void edfPlusSamplesPerRecordThatMisalignTheRecordsAreRefusedByTheTimekeepingTal() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.file(R04));
        int fcz = signal(bytes, "Fcz.");
        Path p = write("161.edf", ascii(bytes, 256 + 216 * R04_SIGNALS + 8 * fcz, "161     "));
        assertTrue(refused(p).matches("161\\.edf at byte \\d+: data record 0: the annotation signal 'EDF Annotations' "
                + "does not start with the record's time-keeping TAL \\('\\+' onset\\), so the signals' samples per "
                + "record do not describe the records of this file"));
    }

    // D3: a marker file of garbage, and a marker before the first sample

    @Test
    void brainVisionMarkerFileOfRandomBytesIsAWarning() throws Exception {
        Path vhdr = brainVision("test");
        byte[] garbage = new byte[4096];
        new Random(24).nextBytes(garbage);
        Files.write(dir.resolve("test.vmrk"), garbage);
        Recording r = Recordings.read(vhdr);
        assertTrue(r.annotations().isEmpty());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).matches("marker file test\\.vmrk is not a BrainVision marker file \\(first "
                + "line '.*'\\): no annotations"), r.warnings().get(0));
        assertEquals(1, r.warnings().get(0).lines().count());
    }

    @Test
    void brainVisionMarkerAtNegativePositionIsDroppedWithAWarningNamingIt() throws Exception {
        Path vhdr = brainVision("test");
        Path vmrk = dir.resolve("test.vmrk");
        String text = Files.readString(vmrk, StandardCharsets.UTF_8);
        Pattern mk2 = Pattern.compile("(?m)^Mk2=([^,]*),([^,]*),(\\d+),");
        assertTrue(mk2.matcher(text).find(), text);
        Files.writeString(vmrk, mk2.matcher(text).replaceFirst("Mk2=$1,$2,-1,"), StandardCharsets.UTF_8);
        Recording original = Recordings.read(TestFiles.file(BV + "test.vhdr"));
        Recording r = Recordings.read(vhdr);
        assertEquals(original.annotations().size() - 1, r.annotations().size());
        assertEquals(List.of("test.vmrk: marker Mk2 position -1 is before the first sample (positions count from 1): "
                + "dropped"), r.warnings());
    }

    @Test
    void brainVisionMarkerPositionOfTextIsAWarningNotARefusal() throws Exception {
        Path vhdr = brainVision("test");
        Path vmrk = dir.resolve("test.vmrk");
        String text = Files.readString(vmrk, StandardCharsets.UTF_8);
        Files.writeString(vmrk, text.replaceFirst("(?m)^(Mk3=[^,]*,[^,]*,)\\d+,", "$1abc,"), StandardCharsets.UTF_8);
        Recording r = Recordings.read(vhdr);
        assertEquals(List.of("test.vmrk: marker Mk3 position 'abc' is not an integer: dropped"), r.warnings());
    }

    // D4: a UTF-8 byte-order mark and one Latin-1 byte

    @Test
    void brainVisionHeaderWithAByteOrderMarkAndALatin1ByteReadsWithAWarning() throws Exception {
        Path vhdr = brainVision("test");
        byte[] text = Files.readAllBytes(vhdr);
        String s = new String(text, StandardCharsets.UTF_8);
        int comment = s.indexOf("; Data created");
        assertTrue(comment > 0, s);
        byte[] latin1 = "; caf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mutated = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(text, comment),
                latin1, Arrays.copyOfRange(text, comment, text.length));
        Files.write(vhdr, mutated);
        Recording original = Recordings.read(TestFiles.file(BV + "test.vhdr"));
        Recording r = Recordings.read(vhdr);
        assertEquals(String.format("test.vhdr: declares UTF-8 by its byte-order mark but byte %d (0xE9) is not UTF-8; "
                + "read as Latin-1", 3 + comment + 5), r.warnings().get(0));
        assertEquals(original.streams().get(0).info(), r.streams().get(0).info());
        assertArrayEquals(original.streams().get(0).samples()[5], r.streams().get(0).samples()[5]);
        assertEquals(original.annotations(), r.annotations());
    }

    // D5: GDF cut inside the data area reads as a cut EDF does, whatever its record count says

    @Test
    void gdfCutInsideTheDataWithUnknownRecordCountReadsTheWholeRecords() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(GdfFixture.RECORDS_AT, -1);
        Recording r = Recordings.read(write("unknown.gdf", cutInsideRecord3(bytes)));
        assertFixtureRecords(r, 2);
        assertEquals(List.of("number of records is -1 (unknown, as GDF allows); reading the 2 whole records of 1000 "
                + "bytes the file holds", "the 500 bytes after the data records (at byte 2768) are no event table "
                + "(event table mode 0, must be 1 or 3): events ignored; the number of records or a signal's "
                + "samples per record disagrees with the file, or it was cut"), r.warnings());
    }

    @Test
    void gdfCutInsideTheDataWithRecordCountOfTextIsATruncationWarning() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        System.arraycopy("abcdefgh".getBytes(StandardCharsets.US_ASCII), 0, bytes, GdfFixture.RECORDS_AT, 8);
        Recording r = Recordings.read(write("text.gdf", cutInsideRecord3(bytes)));
        assertFixtureRecords(r, 2);
        assertEquals(List.of("header declares 7523094288207667809 records of 1000 bytes (as the signals' samples per "
                + "record and data types say) but the file holds 2 and 500 bytes; reading 2, without events"),
                r.warnings());
    }

    @Test
    void gdfCutWithAChangedSamplesPerRecordWarnsNamingTheFieldNotTheEventTable() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(256 + 216 * GdfFixture.CHANNELS, 300);
        Recording r = Recordings.read(write("spr.gdf", cutInsideRecord3(bytes)));
        assertTrue(r.annotations().isEmpty());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("header declares 4 records of 1100 bytes (as the signals' samples "
                + "per record and data types say) but the file holds 2 and 300 bytes"), r.warnings().get(0));
    }

    // D6: a GDF version no specification has

    @Test
    void gdfVersion999IsRefused() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        System.arraycopy("GDF 9.99".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        assertEquals("v999.gdf at byte 0: GDF version 9.99: Attend reads GDF 1.x and 2.x (3.x with a warning)",
                refused(write("v999.gdf", bytes)));
    }

    @Test
    void gdfVersion3IsReadWithTheGdf2LayoutAndAWarning() throws Exception {
        byte[] bytes = GdfFixture.bytes();
        System.arraycopy("GDF 3.00".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        Recording r = Recordings.read(write("v3.gdf", bytes));
        assertFixtureRecords(r, GdfFixture.RECORDS);
        assertEquals(List.of("GDF version 3.00 is newer than the 2.x this reader knows; read with the GDF 2 layout"),
                r.warnings());
    }

    /** The fixture cut half-way into its third record (header 768 bytes, records of 1000 bytes). */
    private static byte[] cutInsideRecord3(byte[] bytes) {
        return Arrays.copyOf(bytes, 256 * (GdfFixture.CHANNELS + 1) + 2500);
    }

    private static void assertFixtureRecords(Recording r, int records) {
        RecordedStream s = r.streams().get(0);
        assertEquals(records * GdfFixture.RATE_HZ, s.sampleCount());
        for (int c = 0; c < GdfFixture.CHANNELS; c++) {
            for (int i = 0; i < s.sampleCount(); i++) {
                assertEquals(GdfFixture.digital(c, i) * GdfFixture.MICROVOLTS_PER_STEP, s.samples()[c][i], 1e-3);
            }
        }
    }

    /** The index of the EDF signal labelled {@code label} (labels: 16 bytes each from byte 256). */
    private static int signal(byte[] edf, String label) {
        int n = Integer.parseInt(new String(edf, 252, 4, StandardCharsets.US_ASCII).trim());
        for (int i = 0; i < n; i++) {
            if (new String(edf, 256 + 16 * i, 16, StandardCharsets.US_ASCII).trim().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no signal " + label);
    }

    private static byte[] ascii(byte[] bytes, int at, String text) {
        byte[] out = bytes.clone();
        byte[] patch = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(patch, 0, out, at, patch.length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** MNE's {@code base}.vhdr with its marker and data files, copied here. */
    private Path brainVision(String base) throws Exception {
        for (String ext : List.of(".vhdr", ".vmrk", ".eeg")) {
            Files.copy(TestFiles.file(BV + base + ext), dir.resolve(base + ext));
        }
        return dir.resolve(base + ".vhdr");
    }

    private static String refused(Path p) {
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }
}
