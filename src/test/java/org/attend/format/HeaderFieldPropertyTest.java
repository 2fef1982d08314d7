package org.attend.format;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every numeric header field of every format set to 0, −1, a huge value and non-numeric text: the file is
 * refused with one line naming it, or it reads as a plausible recording and, unless the value is one a real
 * file can have in that field, with a warning. Never silent acceptance of an impossible value, never another
 * exception.
 */
class HeaderFieldPropertyTest {

    /** The four kinds of value each field is set to. */
    private static final List<String> KINDS = List.of("zero", "minus one", "huge", "text");

    @TempDir
    Path dir;

    /** One field of one format: how to write each kind of value, and the kinds a real file can hold there. */
    private record Field(String format, String name, BiFunction<byte[], String, byte[]> set, Set<String> legal) {
    }

    @TestFactory
    Stream<DynamicTest> everyNumericFieldOfEveryFormat() throws IOException {
        List<Field> fields = new ArrayList<>();
        fields.addAll(edf());
        fields.addAll(gdf());
        fields.addAll(brainVision());
        fields.addAll(xdf());
        return fields.stream().flatMap(f -> KINDS.stream().map(kind -> DynamicTest.dynamicTest(
                f.format + " " + f.name + " = " + kind, () -> check(f, kind))));
    }

    private void check(Field f, String kind) throws Exception {
        Path file = write(f, kind);
        try {
            Recording r = Recordings.read(file);
            Plausible.assertPlausible(r, f.name);
            assertTrue(f.legal.contains(kind) || !r.warnings().isEmpty(),
                    f.format + " " + f.name + " = " + kind + " was accepted without a warning");
        } catch (RecordingFormatException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(f.format + " " + f.name + " = " + kind + ": " + e, e);
        }
    }

    /** Writes the file of {@code f}'s format with the field set to {@code kind} (and its companions). */
    private Path write(Field f, String kind) throws IOException {
        byte[] original = switch (f.format) {
            case "EDF" -> Files.readAllBytes(TestFiles.file(EDF));
            case "GDF" -> GdfFixture.bytes();
            // MNE's test.vhdr with the DataPoints line it may carry
            case "BrainVision" -> Files.readString(TestFiles.file(BV + "test.vhdr"), StandardCharsets.UTF_8)
                    .replace("DataOrientation=MULTIPLEXED", "DataOrientation=MULTIPLEXED\nDataPoints=7900")
                    .getBytes(StandardCharsets.UTF_8);
            default -> xdfFile("1", "250");
        };
        byte[] bytes = f.set.apply(original, kind);
        Path file = switch (f.format) {
            case "EDF" -> dir.resolve("field.edf");
            case "GDF" -> dir.resolve("field.gdf");
            case "BrainVision" -> dir.resolve("test.vhdr");
            default -> dir.resolve("field.xdf");
        };
        if (f.format.equals("BrainVision")) {
            Files.copy(TestFiles.file(BV + "test.vmrk"), dir.resolve("test.vmrk"), REPLACE_EXISTING);
            Files.copy(TestFiles.file(BV + "test.eeg"), dir.resolve("test.eeg"), REPLACE_EXISTING);
        }
        return Files.write(file, bytes);
    }

    // EDF: 8- or 4-byte ASCII fields; the file has 4 signals

    private static final String EDF = "formats/mne-python/edf-bdf/duplicate_channel_labels.edf";

    private static List<Field> edf() {
        int ns = 4;
        List<Field> out = new ArrayList<>();
        out.add(edfField("header bytes", 184, 8, Set.of()));
        out.add(edfField("data records", 236, 8, Set.of()));
        out.add(edfField("record duration", 244, 8, Set.of()));
        out.add(edfField("signals", 252, 4, Set.of()));
        out.add(edfField("physical minimum", 256 + 104 * ns, 8, Set.of("zero", "minus one", "huge")));
        out.add(edfField("physical maximum", 256 + 112 * ns, 8, Set.of("zero", "minus one", "huge")));
        out.add(edfField("digital minimum", 256 + 120 * ns, 8, Set.of("zero", "minus one")));
        // digital minimum is -32768: a maximum of 0 or -1 still leaves a valid (narrow) range
        out.add(edfField("digital maximum", 256 + 128 * ns, 8, Set.of("zero", "minus one", "huge")));
        out.add(edfField("samples per record", 256 + 216 * ns, 8, Set.of()));
        return out;
    }

    private static Field edfField(String name, int at, int width, Set<String> legal) {
        return new Field("EDF", name, (bytes, kind) -> {
            String text = switch (kind) {
                case "zero" -> "0";
                case "minus one" -> "-1";
                case "huge" -> "9".repeat(width);
                default -> "abc";
            };
            byte[] out = bytes.clone();
            byte[] field = String.format("%-" + width + "s", text).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(field, 0, out, at, width);
            return out;
        }, legal);
    }

    // GDF 2.20: little-endian binary fields of the generated file (2 signals); text = ASCII bytes in the field

    private static List<Field> gdf() {
        int ns = GdfFixture.CHANNELS;
        List<Field> out = new ArrayList<>();
        out.add(gdfField("header blocks", GdfFixture.HEADER_BLOCKS_AT, 2, false, Set.of()));
        out.add(gdfField("records", GdfFixture.RECORDS_AT, 8, false, Set.of()));
        out.add(gdfField("duration numerator", GdfFixture.DURATION_NUMERATOR_AT, 4, false, Set.of()));
        out.add(gdfField("duration denominator", GdfFixture.DURATION_DENOMINATOR_AT, 4, false, Set.of()));
        out.add(gdfField("signals", GdfFixture.SIGNALS_AT, 2, false, Set.of()));
        out.add(gdfField("physical minimum", 256 + 104 * ns, 8, true, Set.of("zero", "minus one", "huge")));
        out.add(gdfField("physical maximum", 256 + 112 * ns, 8, true, Set.of("zero", "minus one", "huge")));
        out.add(gdfField("digital minimum", 256 + 120 * ns, 8, true, Set.of("zero", "minus one")));
        // as EDF; and "abcdefgh" read as a float64 is a large positive number, as "huge"
        out.add(gdfField("digital maximum", 256 + 128 * ns, 8, true, Set.of("zero", "minus one", "huge", "text")));
        out.add(gdfField("samples per record", 256 + 216 * ns, 4, false, Set.of()));
        out.add(gdfField("data type", 256 + 220 * ns, 4, false, Set.of()));
        return out;
    }

    private static Field gdfField(String name, int at, int width, boolean float64, Set<String> legal) {
        return new Field("GDF", name, (bytes, kind) -> {
            byte[] out = bytes.clone();
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            if (kind.equals("text")) {
                System.arraycopy("abcdefgh".getBytes(StandardCharsets.US_ASCII), 0, out, at, width);
            } else if (float64) {
                b.putDouble(at, kind.equals("zero") ? 0 : kind.equals("minus one") ? -1 : 1e308);
            } else {
                long v = kind.equals("zero") ? 0 : kind.equals("minus one") ? -1 : Long.MAX_VALUE;
                for (int i = 0; i < width; i++) {
                    out[at + i] = (byte) (kind.equals("huge") && i == width - 1 ? 0x7F : v >>> (8 * i));
                }
            }
            return out;
        }, legal);
    }

    // BrainVision: key=value lines of MNE's test.vhdr (32 int16 channels, 1 kHz, 7900 samples)

    private static final String BV = "formats/mne-python/brainvision/";

    private static List<Field> brainVision() {
        return List.of(
                bvField("NumberOfChannels", "NumberOfChannels=32", "NumberOfChannels=", Set.of()),
                bvField("SamplingInterval", "SamplingInterval=1000", "SamplingInterval=", Set.of()),
                bvField("DataPoints", "DataPoints=7900", "DataPoints=", Set.of("zero")),
                // a negative resolution inverts the polarity, as an inverted EDF physical range does
                bvField("channel 1 resolution", "Ch1=FP1,,0.5", "Ch1=FP1,,", Set.of("minus one", "huge")));
    }

    private static Field bvField(String name, String line, String prefix, Set<String> legal) {
        return new Field("BrainVision", name, (bytes, kind) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains(line), line);
            String value = switch (kind) {
                case "zero" -> "0";
                case "minus one" -> "-1";
                case "huge" -> name.contains("resolution") ? "1e30" : "1e308";
                default -> "abc";
            };
            return text.replace(line, prefix + value).getBytes(StandardCharsets.UTF_8);
        }, legal);
    }

    // XDF: a file made here (one int16 stream, 4 samples) with the StreamHeader's numbers replaced

    private static List<Field> xdf() {
        return List.of(
                new Field("XDF", "channel_count", (bytes, kind) -> xdfFile(xdfValue(kind), "250"), Set.of()),
                new Field("XDF", "nominal_srate", (bytes, kind) -> xdfFile("1", xdfValue(kind)), Set.of("zero")));
    }

    private static String xdfValue(String kind) {
        return switch (kind) {
            case "zero" -> "0";
            case "minus one" -> "-1";
            case "huge" -> "1e308";
            default -> "abc";
        };
    }

    /**
     * An XDF file: FileHeader, one StreamHeader (int16, {@code channels} channels as text), one Samples chunk
     * and the StreamFooter.
     */
    private static byte[] xdfFile(String channels, String rate) {
        String footer = "<?xml version=\"1.0\"?><info><first_timestamp>10</first_timestamp><last_timestamp>10.012"
                + "</last_timestamp><sample_count>4</sample_count></info>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("XDF:".getBytes(StandardCharsets.US_ASCII));
        chunk(out, 1, "<?xml version=\"1.0\"?><info><version>1.0</version></info>".getBytes(StandardCharsets.UTF_8));
        byte[] xml = ("<?xml version=\"1.0\"?><info><name>Field</name><type>EEG</type><channel_count>" + channels
                + "</channel_count><nominal_srate>" + rate + "</nominal_srate><channel_format>int16</channel_format>"
                + "<source_id>x</source_id></info>").getBytes(StandardCharsets.UTF_8);
        chunk(out, 2, concat(le(1, 4), xml));
        ByteBuffer samples = ByteBuffer.allocate(4 + 2 + 4 * (1 + 8 + 2)).order(ByteOrder.LITTLE_ENDIAN);
        samples.putInt(1).put((byte) 1).put((byte) 4);
        for (int i = 0; i < 4; i++) {
            samples.put((byte) 8).putDouble(10 + i / 250.0).putShort((short) (100 * i));
        }
        chunk(out, 3, samples.array());
        chunk(out, 6, concat(le(1, 4), footer.getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(4);
        out.writeBytes(le(content.length + 2, 4));
        out.writeBytes(le(tag, 2));
        out.writeBytes(content);
    }

    private static byte[] le(long v, int width) {
        byte[] b = new byte[width];
        for (int i = 0; i < width; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> theUnmutatedFilesReadWithoutWarnings() {
        return Stream.of("EDF", "GDF", "BrainVision", "XDF").map(format -> DynamicTest.dynamicTest(format, () -> {
            Field identity = new Field(format, "none", (bytes, kind) -> bytes, Set.of());
            Recording r = Recordings.read(write(identity, KINDS.get(0)));
            assertFalse(r.streams().isEmpty());
            Plausible.assertPlausible(r, format);
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        }));
    }
}
