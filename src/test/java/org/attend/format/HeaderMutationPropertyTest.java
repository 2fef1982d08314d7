package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.attend.testing.TestFiles;

/**
 * The mutation campaign of issue 24 as a property, one per format: a header field of a real file set to a value
 * no real file of that layout holds there (0, -1, the widest number, text, NaN, a count off by one, a range made
 * empty or inverted, random bytes where the field is a count or a size), and the file is then
 * <ul>
 *   <li>refused in one line naming the file, or</li>
 *   <li>read with a warning that names the field, or</li>
 *   <li>read equal to the original (same streams, samples, time stamps, annotations and start).</li>
 * </ul>
 * Values a real file may hold and that change what the recording means (another physical range, record duration,
 * sampling interval or label) are not mutations here: a reader follows them as written, which no check can tell
 * from the truth. Fields are named as the readers' messages name them.
 */
class HeaderMutationPropertyTest {

    private static final String BV = "formats/mne-python/brainvision/";
    private static final String GDF = "generated/fixture.gdf";
    private static final String XDF = "generated/field.xdf";
    private static final Map<String, Recording> ORIGINALS = new HashMap<>();
    private static final Map<String, byte[]> BYTES = new HashMap<>();
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("attend-mutation");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One field of one file: how messages name it, and its hostile values. */
    private record Field(String file, String name, Pattern named, List<Value> values) {
        Field(String file, String name, String named, List<Value> values) {
            this(file, name, Pattern.compile(named, Pattern.CASE_INSENSITIVE), values);
        }
    }

    /** A value for a field: as the report shows it, and how the file's bytes are changed to hold it. */
    private record Value(String shown, UnaryOperator<byte[]> write) {
    }

    /** A field set to one of its values. */
    private record Mutation(Field field, Value value) {
        byte[] bytes() {
            return value.write.apply(HeaderMutationPropertyTest.bytes(field.file));
        }

        @Override
        public String toString() {
            return field.file + " " + field.name + " = '" + value.shown + "'";
        }
    }

    @Property(tries = 250)
    void edfHeaderFields(@ForAll("edf") Mutation m) throws Exception {
        check(m);
    }

    @Property(tries = 120)
    void bdfHeaderFields(@ForAll("bdf") Mutation m) throws Exception {
        check(m);
    }

    @Property(tries = 250)
    void gdfHeaderFields(@ForAll("gdf") Mutation m) throws Exception {
        check(m);
    }

    @Property(tries = 150)
    void brainVisionHeaderAndMarkerFields(@ForAll("brainVision") Mutation m) throws Exception {
        check(m);
    }

    @Property(tries = 80)
    void xdfStreamHeaderFields(@ForAll("xdf") Mutation m) throws Exception {
        check(m);
    }

    @Example
    void theUnmutatedFilesReadWithoutWarnings() throws IOException {
        for (String file : List.of("formats/mne-python/edf-bdf/duplicate_channel_labels.edf",
                "formats/mne-python/edf-bdf/test_uneven_samp.edf", "eegmmidb/S001/S001R04.edf",
                "formats/mne-python/edf-bdf/test_bdf_stim_channel.bdf", GDF, BV + "test.vhdr", XDF)) {
            Recording r = original(file);
            assertFalse(r.streams().isEmpty(), file);
            Plausible.assertPlausible(r, file);
            assertTrue(r.warnings().isEmpty(), file + ": " + r.warnings());
        }
    }

    private static void check(Mutation m) throws Exception {
        Recording original = original(m.field.file);
        Path file = write(m.field.file, m.bytes());
        try {
            Recording r = Recordings.read(file);
            Plausible.assertPlausible(r, m.toString());
            if (same(original, r)) {
                return;
            }
            assertTrue(r.warnings().stream().anyMatch(w -> m.field.named.matcher(w).find()), m
                    + ": read differently from the original without a warning naming the field; warnings: "
                    + r.warnings());
        } catch (RecordingFormatException e) {
            assertEquals(1, e.getMessage().lines().count(), m + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), m + ": " + e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(m + ": " + e, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ EDF, BDF

    @Provide
    Arbitrary<Mutation> edf() {
        List<Field> fields = new ArrayList<>();
        fields.addAll(edfFields("formats/mne-python/edf-bdf/duplicate_channel_labels.edf"));
        fields.addAll(edfFields("formats/mne-python/edf-bdf/test_uneven_samp.edf"));
        fields.addAll(edfFields("eegmmidb/S001/S001R04.edf"));
        return mutations(fields);
    }

    @Provide
    Arbitrary<Mutation> bdf() {
        return mutations(edfFields("formats/mne-python/edf-bdf/test_bdf_stim_channel.bdf"));
    }

    /** The fields of an EDF/BDF file's fixed header and of each of its signals (ASCII, left-aligned). */
    private static List<Field> edfFields(String file) {
        byte[] bytes = bytes(file);
        int ns = Integer.parseInt(ascii(bytes, 252, 4));
        List<Field> out = new ArrayList<>();
        out.add(ascii(file, "version", "version", 0, 8, b -> List.of("abc", "1", "", "-1")));
        out.add(ascii(file, "start date", "start date", 168, 8, b -> List.of("abc", "32.13.99", "", "-1")));
        out.add(ascii(file, "start time", "start date/time", 176, 8, b -> List.of("abc", "25.61.61", "", "-1")));
        out.add(ascii(file, "header bytes", "header size", 184, 8, b -> counts(b, 184, 8, 256)));
        out.add(ascii(file, "reserved", "EDF\\+D|discontinuous", 192, 44, b -> List.of("EDF+D", "", "abc", "BDF+D")));
        out.add(ascii(file, "number of data records", "data records", 236, 8, b -> counts(b, 236, 8, 1)));
        out.add(ascii(file, "data record duration", "data record duration", 244, 8,
                b -> List.of("0", "-1", "1e308", "abc", "", "NaN", "Infinity", "-0")));
        out.add(ascii(file, "number of signals", "signals", 252, 4, b -> counts(b, 252, 4, 1)));
        for (int i = 0; i < ns; i++) {
            int s = i;
            out.add(ascii(file, "physical minimum of signal " + (s + 1), "physical", 256 + 104 * ns + 8 * s, 8,
                    b -> limits(b, 256 + 112 * ns + 8 * s)));
            out.add(ascii(file, "physical maximum of signal " + (s + 1), "physical", 256 + 112 * ns + 8 * s, 8,
                    b -> limits(b, 256 + 104 * ns + 8 * s)));
            out.add(ascii(file, "digital minimum of signal " + (s + 1), "digital", 256 + 120 * ns + 8 * s, 8,
                    b -> digital(b, 256 + 128 * ns + 8 * s, true)));
            out.add(ascii(file, "digital maximum of signal " + (s + 1), "digital", 256 + 128 * ns + 8 * s, 8,
                    b -> digital(b, 256 + 120 * ns + 8 * s, false)));
            out.add(ascii(file, "samples per record of signal " + (s + 1), "samples per record",
                    256 + 216 * ns + 8 * s, 8, b -> counts(b, 256 + 216 * ns + 8 * s, 8, 1)));
        }
        return out;
    }

    /** Hostile values of a count or size: 0, -1, the widest number, text, empty, off by {@code step}, doubled. */
    private static List<String> counts(byte[] b, int at, int width, int step) {
        long v = Long.parseLong(ascii(b, at, width));
        return List.of("0", "-1", "9".repeat(width), "abc", "", Long.toString(v + step), Long.toString(v - step),
                Long.toString(2 * v), "1e3", "+" + v + "x");
    }

    /** Hostile physical limits: text, beyond float32 either way, NaN, and the other limit (an empty range). */
    private static List<String> limits(byte[] b, int other) {
        return List.of("abc", "", "1e308", "-1e308", "NaN", "Infinity", ascii(b, other, 8));
    }

    /**
     * Hostile digital limits: beyond 24 bits either way, text, NaN, the other limit (empty range), and the other
     * limit moved past it (an inverted range).
     */
    private static List<String> digital(byte[] b, int other, boolean minimum) {
        long o = Long.parseLong(ascii(b, other, 8));
        return List.of("abc", "", "99999999", "-9999999", "1e308", "NaN", Long.toString(o),
                Long.toString(minimum ? o + 1 : o - 1));
    }

    private static Field ascii(String file, String name, String named, int at, int width,
                               Function<byte[], List<String>> values) {
        return new Field(file, name, named, values.apply(bytes(file)).stream().map(v -> new Value(v, b -> {
            String padded = String.format(Locale.ROOT, "%-" + width + "s", v).substring(0, width);
            return patch(b, at, padded.getBytes(StandardCharsets.US_ASCII));
        })).toList());
    }

    // ------------------------------------------------------------------------------------------------------ GDF

    @Provide
    Arbitrary<Mutation> gdf() {
        int ns = GdfFixture.CHANNELS;
        List<Field> fields = new ArrayList<>();
        fields.add(gdfText("version", "version", 0, List.of("GDF 9.99", "GDF 0.10", "GDF abcd", "GDF 3.00", "GDF")));
        fields.add(gdfInt("header blocks", "header length", GdfFixture.HEADER_BLOCKS_AT, 2,
                List.of(0L, 1L, 2L, 4L, 65_535L)));
        fields.add(gdfInt("number of records", "records", GdfFixture.RECORDS_AT, 8,
                List.of(0L, -1L, -2L, 3L, 5L, Long.MAX_VALUE, Long.MIN_VALUE)));
        fields.add(gdfInt("record duration numerator", "record duration", GdfFixture.DURATION_NUMERATOR_AT, 4,
                List.of(0L, 0xFFFF_FFFFL)));
        fields.add(gdfInt("record duration denominator", "record duration", GdfFixture.DURATION_DENOMINATOR_AT, 4,
                List.of(0L, 0xFFFF_FFFFL, 1_000_000L)));
        fields.add(gdfInt("number of signals", "signals", GdfFixture.SIGNALS_AT, 2, List.of(0L, 1L, 3L, 65_535L)));
        for (int s = 0; s < ns; s++) {
            String signal = " of signal " + (s + 1);
            double physMax = 3276.7;
            fields.add(gdfDouble("physical minimum" + signal, "physical", 256 + 104 * ns + 8 * s,
                    List.of(Double.NaN, Double.POSITIVE_INFINITY, 1e308, -1e308, physMax)));
            fields.add(gdfDouble("physical maximum" + signal, "physical", 256 + 112 * ns + 8 * s,
                    List.of(Double.NaN, Double.NEGATIVE_INFINITY, 1e308, -1e308, -physMax)));
            fields.add(gdfDouble("digital minimum" + signal, "digital", 256 + 120 * ns + 8 * s,
                    List.of(Double.NaN, 1e308, -1e308, -40_000d, 32_767d, 32_768d)));
            fields.add(gdfDouble("digital maximum" + signal, "digital", 256 + 128 * ns + 8 * s,
                    List.of(Double.NaN, 1e308, -1e308, 40_000d, -32_767d, -32_768d)));
            fields.add(gdfInt("samples per record" + signal, "samples per record", 256 + 216 * ns + 4 * s, 4,
                    List.of(0L, 1L, 249L, 251L, 500L, 0xFFFF_FFFFL)));
            fields.add(gdfInt("data type" + signal, "data type", 256 + 220 * ns + 4 * s, 4,
                    List.of(0L, 1L, 2L, 4L, 5L, 7L, 16L, 17L, 18L, 999L)));
        }
        return mutations(fields);
    }

    private static Field gdfText(String name, String named, int at, List<String> values) {
        return new Field(GDF, name, named, values.stream().map(v -> new Value(v, b -> patch(b, at,
                String.format(Locale.ROOT, "%-8s", v).getBytes(StandardCharsets.US_ASCII)))).toList());
    }

    /** A little-endian integer field: each value, ASCII text and random bytes in its place. */
    private static Field gdfInt(String name, String named, int at, int width, List<Long> values) {
        List<Value> out = new ArrayList<>();
        for (long v : values) {
            byte[] le = new byte[width];
            for (int i = 0; i < width; i++) {
                le[i] = (byte) (v >>> (8 * i));
            }
            out.add(new Value(Long.toString(v), b -> patch(b, at, le)));
        }
        out.add(new Value("text", b -> patch(b, at, "abcdefgh".substring(0, width).getBytes(StandardCharsets.US_ASCII))));
        Random random = new Random(at);
        for (int k = 0; k < 4; k++) {
            byte[] noise = new byte[width];
            random.nextBytes(noise);
            out.add(new Value("random " + HexFormat.of().formatHex(noise), b -> patch(b, at, noise)));
        }
        return new Field(GDF, name, named, out);
    }

    private static Field gdfDouble(String name, String named, int at, List<Double> values) {
        List<Value> out = new ArrayList<>();
        for (double v : values) {
            byte[] le = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v).array();
            out.add(new Value(Double.toString(v), b -> patch(b, at, le)));
        }
        out.add(new Value("text", b -> patch(b, at, "abcdefgh".getBytes(StandardCharsets.US_ASCII))));
        return new Field(GDF, name, named, out);
    }

    // -------------------------------------------------------------------------------------------- BrainVision

    @Provide
    Arbitrary<Mutation> brainVision() {
        String vhdr = BV + "test.vhdr";
        String vmrk = BV + "test.vmrk";
        List<Field> fields = List.of(
                line(vhdr, "first line", "BrainVision", "Brain Vision Data Exchange Header File Version 1.0",
                        List.of("abc", "", "Brain")),
                line(vhdr, "NumberOfChannels", "NumberOfChannels", "NumberOfChannels=32",
                        values("NumberOfChannels=", "0", "-1", "31", "33", "1e308", "abc", "")),
                line(vhdr, "SamplingInterval", "SamplingInterval", "SamplingInterval=1000",
                        values("SamplingInterval=", "0", "-1", "1e-300", "abc", "", "NaN")),
                line(vhdr, "DataPoints", "data points", "DataOrientation=MULTIPLEXED",
                        values("DataOrientation=MULTIPLEXED\nDataPoints=", "0", "-1", "7901", "99999999999", "abc",
                                "")),
                line(vhdr, "channel 1 resolution", "resolution", "Ch1=FP1,,0.5",
                        values("Ch1=FP1,,", "0", "1e40", "abc", "NaN", "Infinity", "-1e40")),
                line(vmrk, "marker file first line", "marker file", "Brain Vision Data Exchange Marker File, Version 1.0",
                        List.of("abc", "", "\u0000\u0001\u0002")),
                line(vmrk, "marker position", "marker", "Mk3=Stimulus,S255,497,1,0",
                        values("Mk3=Stimulus,S255,", "-1,1,0", "0,1,0", "abc,1,0", ",1,0", "99999999999,1,0", "1")),
                line(vmrk, "marker length", "marker", "Mk3=Stimulus,S255,497,1,0",
                        values("Mk3=Stimulus,S255,497,", "-1,0", "abc,0", "1e3,0", "9999999999999999999999,0")));
        return mutations(fields);
    }

    private static List<String> values(String prefix, String... values) {
        return Arrays.stream(values).map(v -> prefix + v).toList();
    }

    /** A line of a BrainVision text file replaced by each value. */
    private static Field line(String file, String name, String named, String line, List<String> values) {
        assertTrue(new String(bytes(file), StandardCharsets.UTF_8).contains(line), file + " lacks " + line);
        return new Field(file, name, named, values.stream().map(v -> new Value(v, b -> new String(b,
                StandardCharsets.UTF_8).replace(line, v).getBytes(StandardCharsets.UTF_8))).toList());
    }

    // ------------------------------------------------------------------------------------------------------ XDF

    @Provide
    Arbitrary<Mutation> xdf() {
        return mutations(List.of(
                xdfField("channel_count", List.of("0", "-1", "1e308", "abc", "", "NaN", "2", "65537"),
                        v -> XdfFieldFile.bytes(v, "250", "int16")),
                xdfField("nominal_srate", List.of("-1", "1e308", "abc", "NaN", "Infinity"),
                        v -> XdfFieldFile.bytes("1", v, "int16")),
                xdfField("channel_format", List.of("abc", "", "int99", "float128"),
                        v -> XdfFieldFile.bytes("1", "250", v))));
    }

    private static Field xdfField(String name, List<String> values, Function<String, byte[]> file) {
        return new Field(XDF, name, name, values.stream().map(v -> new Value(v, b -> file.apply(v))).toList());
    }

    // --------------------------------------------------------------------------------------------------- shared

    private static Arbitrary<Mutation> mutations(List<Field> fields) {
        return Arbitraries.of(fields).flatMap(f -> Arbitraries.of(f.values).map(v -> new Mutation(f, v)));
    }

    private static byte[] patch(byte[] b, int at, byte[] value) {
        byte[] out = b.clone();
        System.arraycopy(value, 0, out, at, value.length);
        return out;
    }

    private static String ascii(byte[] b, int at, int width) {
        return new String(b, at, width, StandardCharsets.US_ASCII).trim();
    }

    private static synchronized byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> switch (f) {
            case GDF -> GdfFixture.bytes();
            case XDF -> XdfFieldFile.bytes("1", "250", "int16");
            default -> {
                try {
                    yield Files.readAllBytes(TestFiles.file(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Writes the file under its own name (with its BrainVision companions) and returns the path to read. */
    private static Path write(String file, byte[] bytes) throws IOException {
        Path folder = dir.resolve(Integer.toHexString(file.hashCode()));
        Files.createDirectories(folder);
        String name = Path.of(file).getFileName().toString();
        if (file.startsWith(BV)) {
            for (String companion : List.of("test.vhdr", "test.vmrk", "test.eeg")) {
                Files.copy(TestFiles.file(BV + companion), folder.resolve(companion),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(folder.resolve(name), bytes);
        return name.endsWith(".vmrk") ? folder.resolve("test.vhdr") : folder.resolve(name);
    }

    private static synchronized Recording original(String file) throws IOException {
        Recording r = ORIGINALS.get(file);
        if (r == null) {
            r = Recordings.read(write(file, bytes(file)));
            ORIGINALS.put(file, r);
        }
        return r;
    }

    /** Whether two readings hold the same streams, samples, time stamps, annotations and start. */
    static boolean same(Recording a, Recording b) {
        if (!Objects.equals(a.startTime(), b.startTime()) || !a.annotations().equals(b.annotations())
                || a.streams().size() != b.streams().size()) {
            return false;
        }
        for (int i = 0; i < a.streams().size(); i++) {
            RecordedStream x = a.streams().get(i);
            RecordedStream y = b.streams().get(i);
            if (!x.info().channels().equals(y.info().channels()) || x.info().sampleRateHz() != y.info().sampleRateHz()
                    || !x.channelFormat().equals(y.channelFormat()) || !x.channelUnits().equals(y.channelUnits())
                    || !Arrays.equals(x.sampleRatesHz(), y.sampleRatesHz())
                    || !Arrays.equals(x.timestamps(), y.timestamps())
                    || !Arrays.deepEquals(x.samples(), y.samples())
                    || !Arrays.deepEquals(x.strings(), y.strings())) {
                return false;
            }
        }
        return true;
    }
}
