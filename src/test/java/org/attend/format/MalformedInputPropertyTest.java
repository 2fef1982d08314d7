package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.attend.testing.TestFiles;

/**
 * Real files of every format, cut short, with lying length fields or with random bit flips, only ever read as
 * a {@link Recording} or fail with a {@link RecordingFormatException}: no other exception, no
 * OutOfMemoryError, no hang (the time limit below only catches a hang; it is no performance check).
 */
class MalformedInputPropertyTest {

    private static final String GENERATED_GDF = "generated/fixture.gdf";

    /** Small real files of each format that the repository ships (src/test/resources/data), and a GDF made here. */
    static final List<String> REPOSITORY_FILES = List.of(
            "formats/mne-python/edf-bdf/duplicate_channel_labels.edf",
            "formats/mne-python/edf-bdf/test_uneven_samp.edf",
            "formats/mne-python/edf-bdf/test_bdf_stim_channel.bdf",
            GENERATED_GDF,
            "xdf/xdf-modules-example-files/minimal.xdf",
            "xdf/xdf-modules-example-files/empty_streams.xdf",
            "formats/mne-python/brainvision/testv2.vhdr",
            "formats/mne-python/brainvision/testv2.vmrk",
            "formats/mne-python/brainvision/test_old_layout_latin1_software_filter.vhdr",
            "formats/mne-python/brainvision/test_old_layout_latin1_software_filter.eeg");

    /** Small corpus files (GPL/LGPL GDFs, files of unstated licence): mutated too when the corpus is configured. */
    static final List<String> CORPUS_FILES = List.of(
            "formats/mne-testing-data/EDF/subsecond_starttime.edf",
            "formats/mne-testing-data/EDF/test_utf8_annotations.edf",
            "formats/mne-testing-data/GDF/test_1ch.gdf",
            "formats/libgdf/Header3Tag1.gdf",
            "formats/libgdf/NEQSuint32Ch678.GDF",
            "formats/biosig/modeeg_ch1undch2stoerung.gdf",
            "formats/mne-testing-data/Brainvision/Analyzer_nV_Export.vhdr",
            "formats/mne-testing-data/Brainvision/Analyzer_nV_Export.eeg");

    private static final Duration HANG = Duration.ofSeconds(30);
    private static Path dir;
    private static Path generated;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("attend-malformed");
        generated = Files.createTempDirectory("attend-generated");
        GdfFixture.write(generated.resolve("fixture.gdf"));
    }

    @AfterContainer
    static void removeDir() throws IOException {
        for (Path d : List.of(dir, generated)) {
            try (var files = Files.walk(d)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        List<String> files = new ArrayList<>(REPOSITORY_FILES);
        if (TestFiles.corpusRoot().isPresent()) {
            files.addAll(CORPUS_FILES);
        }
        return Arbitraries.of(files);
    }

    /** A file of the sets above: the generated GDF, else the repository's copy or the corpus file. */
    private static Path source(String file) {
        return file.equals(GENERATED_GDF) ? generated.resolve("fixture.gdf") : TestFiles.file(file);
    }

    @Property(tries = 200)
    void truncatedFilesReadOrFailCleanly(@ForAll("files") String file,
                                         @ForAll @DoubleRange(min = 0, max = 1) double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(source(file));
        byte[] cut = Arrays.copyOf(bytes, (int) (bytes.length * keep));
        Recording r = check(file, cut);
        // a vectorized BrainVision file without DataPoints cut at a whole sample looks like a shorter recording
        boolean detectable = !file.endsWith("test_old_layout_latin1_software_filter.eeg")
                || cut.length % OLD_LAYOUT_SAMPLE_BYTES != 0;
        if (r != null && cut.length < bytes.length && SIGNAL_FILE.matcher(file).find() && detectable) {
            assertFalse(r.warnings().isEmpty(), file + " cut to " + cut.length + " of " + bytes.length
                    + " bytes read without a warning");
        }
    }

    @Property(tries = 400)
    void randomBitFlipsReadOrFailCleanly(@ForAll("files") String file, @ForAll long seed,
                                         @ForAll @IntRange(min = 1, max = 16) int flips) throws IOException {
        byte[] bytes = Files.readAllBytes(source(file));
        java.util.Random random = new java.util.Random(seed);
        // most flips land in the first 4 KiB, where the headers and length fields are
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(random.nextBoolean() ? Math.min(4096, bytes.length) : bytes.length);
            bytes[at] ^= (byte) (1 << random.nextInt(8));
        }
        check(file, bytes);
    }

    @Property(tries = 400)
    void lyingLengthFieldsReadOrFailCleanly(@ForAll("files") String file, @ForAll long seed,
                                            @ForAll("lies") long lie) throws IOException {
        byte[] bytes = Files.readAllBytes(source(file));
        java.util.Random random = new java.util.Random(seed);
        int at = random.nextInt(Math.max(1, Math.min(bytes.length, 2048) - 8));
        if (file.endsWith(".edf") || file.endsWith(".bdf") || file.endsWith(".vhdr") || file.endsWith(".vmrk")) {
            // text numbers: EDF header fields (8-byte aligned from 184) or a BrainVision line's digits
            String digits = String.format("%-8s", Long.toString(lie)).substring(0, 8);
            int field = file.endsWith(".edf") || file.endsWith(".bdf") ? 184 + 8 * random.nextInt(8) : at;
            System.arraycopy(digits.getBytes(StandardCharsets.US_ASCII), 0, bytes, Math.min(field,
                    bytes.length - 8), 8);
        } else {
            // binary little-endian lengths, counts and sizes (XDF chunk lengths, GDF header fields)
            int width = random.nextBoolean() ? 4 : 8;
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (width == 4) {
                b.putInt(at, (int) lie);
            } else {
                b.putLong(at, lie);
            }
        }
        check(file, bytes);
    }

    @Provide
    Arbitrary<Long> lies() {
        return Arbitraries.oneOf(Arbitraries.of(-1L, 0L, 1L, 255L, 65_535L, (long) Integer.MAX_VALUE, 0xFFFFFFFFL,
                Long.MAX_VALUE, Long.MIN_VALUE, 99_999_999L), Arbitraries.longs());
    }

    /** One sample of all channels of test_old_layout_latin1_software_filter.eeg: 29 float32 values. */
    private static final int OLD_LAYOUT_SAMPLE_BYTES = 29 * 4;

    /** Files whose samples are cut when the file is: a cut one must read with a warning or fail. */
    private static final Pattern SIGNAL_FILE = Pattern.compile("\\.(edf|bdf|gdf|GDF|xdf|eeg)$");

    /**
     * Writes the mutated file (with its BrainVision companions) and reads it: it fails with a
     * RecordingFormatException naming the file, or reads as a plausible recording, which is returned.
     */
    private static Recording check(String file, byte[] bytes) throws IOException {
        Path source = source(file);
        Path target = dir.resolve(source.getFileName());
        if (file.contains("rainvision")) {
            String base = source.getFileName().toString().replaceAll("\\.[^.]+$", "");
            for (String ext : List.of(".vhdr", ".vmrk", ".eeg")) {
                Path companion = source.resolveSibling(base + ext);
                if (Files.exists(companion)) {
                    Files.copy(companion, dir.resolve(companion.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (file.contains("testv2")) { // testv2.vhdr names test.eeg
                Files.copy(source.resolveSibling("test.eeg"), dir.resolve("test.eeg"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(target, bytes);
        Path read = file.endsWith(".vmrk") || file.endsWith(".eeg")
                ? BrainVisionReader.headerBeside(target) : target;
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                Recording r = Recordings.read(read);
                Plausible.assertPlausible(r, file);
                return r;
            } catch (RecordingFormatException e) {
                assertTrue(e.getMessage().contains(e.file().getFileName().toString()), e.getMessage());
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                return null;
            } catch (IOException e) {
                return fail(file + ": untyped " + e, e);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return fail(file + ": " + e, e);
            }
        });
    }
}
