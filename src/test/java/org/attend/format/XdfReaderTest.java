package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.attend.testing.TestFiles;

/**
 * XDF files read with the values of an independent numpy decoding (reference.json) and the values the
 * example files' README documents; the deliberately malformed files fail with a typed error.
 */
class XdfReaderTest {

    private static final String EXAMPLES = "xdf/xdf-modules-example-files/";

    @TestFactory
    Stream<DynamicTest> everyXdfFileMatchesTheIndependentDecoding() {
        return ReferenceValues.files().stream().filter(f -> f.endsWith(".xdf"))
                .map(f -> DynamicTest.dynamicTest(f, () -> check(f, ReferenceValues.of(f).get("streams"))));
    }

    private static void check(String file, JsonNode expected) throws Exception {
        Path path = TestFiles.file(file);
        List<RecordedStream> synced = XdfReader.read(path, XdfReader.Options.DEFAULT).streams();
        List<RecordedStream> raw = XdfReader.read(path, XdfReader.Options.RAW).streams();
        assertEquals(expected.size(), synced.size(), file + " streams");
        for (int i = 0; i < synced.size(); i++) {
            JsonNode e = expected.get(i);
            RecordedStream s = synced.get(i);
            String what = file + " stream " + e.get("name").asText();
            assertEquals(e.get("name").asText(), s.info().name(), what);
            assertEquals(e.get("type").asText(), s.info().type(), what);
            assertEquals(e.get("channels").asInt(), s.info().channelCount(), what);
            assertEquals(e.get("srate").asDouble(), s.info().sampleRateHz(), what);
            assertEquals(e.get("format").asText(), s.channelFormat(), what);
            assertEquals(e.get("nSamples").asInt(), s.sampleCount(), what);
            if (s.sampleCount() == 0) {
                continue;
            }
            assertStamps(e.get("rawStamps"), raw.get(i).timestamps(), 1e-9, what + " raw stamps");
            assertStamps(e.get("syncedStamps"), s.timestamps(), 1e-6, what + " synced stamps");
            if (s.isStringStream()) {
                assertStrings(e, s.strings()[0], what);
            } else {
                for (int c = 0; c < s.info().channelCount(); c++) {
                    ReferenceValues.assertSamples(e.get("values").get(c), s.samples()[c], what + " channel " + c);
                }
            }
        }
    }

    private static void assertStamps(JsonNode e, double[] stamps, double tolerance, String what) {
        for (int i = 0; i < e.get("first").size(); i++) {
            assertEquals(e.get("first").get(i).asDouble(), stamps[i], tolerance, what + " " + i);
        }
        JsonNode last = e.get("last");
        for (int i = 0; i < last.size(); i++) {
            int k = stamps.length - last.size() + i;
            assertEquals(last.get(i).asDouble(), stamps[k], tolerance, what + " " + k);
        }
        double sum = 0;
        for (double t : stamps) {
            sum += t;
        }
        assertEquals(e.get("sum").asDouble(), sum, tolerance * stamps.length + 1e-12 * e.get("sumAbs").asDouble(),
                what + " sum");
    }

    private static void assertStrings(JsonNode e, String[] values, String what) {
        for (int i = 0; i < e.get("firstStrings").size(); i++) {
            assertEquals(e.get("firstStrings").get(i).asText(), values[i], what);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        Map<String, Integer> expected = new HashMap<>();
        e.get("stringCounts").fields().forEachRemaining(f -> expected.put(f.getKey(), f.getValue().asInt()));
        assertEquals(expected, counts, what + " string counts");
    }

    @Test
    void minimalXdfHasTheValuesItsReadmeDocuments() throws Exception {
        Recording r = Recordings.read(TestFiles.file(EXAMPLES + "minimal.xdf"));
        RecordedStream eeg = r.streams().get(0);
        assertEquals("SendDataC", eeg.info().name());
        assertEquals(3, eeg.info().channelCount());
        float[][] expected = {
            {192, 12, 13, 14, 15, 12, 13, 14, 15},
            {255, 22, 23, 24, 25, 22, 23, 24, 25},
            {238, 32, 33, 34, 35, 32, 33, 34, 35},
        };
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(expected[c], eeg.samples()[c]);
        }
        // stamps 5.1 .. 5.9, shifted by the clock offsets (-0.1 at 6.1 and 7.1)
        for (int i = 0; i < 9; i++) {
            assertEquals(5.0 + 0.1 * i, eeg.timestamps()[i], 1e-9);
        }
        RecordedStream text = r.streams().get(1);
        assertEquals(List.of("Hello", "World", "from", "LSL", "Hello", "World", "from", "LSL"),
                List.of(text.strings()[0]).subList(1, 9));
        assertTrue(text.strings()[0][0].startsWith("<?xml"));
        assertEquals(5.1, text.timestamps()[0], 1e-12); // no clock offsets: unchanged
        assertTrue(r.warnings().isEmpty());
        assertEquals("SendDataC", r.eegStream().orElseThrow().info().name());
    }

    @Test
    void clockResetsAreSynchronisedSegmentBySegment() throws Exception {
        Path file = TestFiles.corpus(EXAMPLES + "clock_resets.xdf");
        RecordedStream raw = XdfReader.read(file, XdfReader.Options.RAW).streams().get(1);
        RecordedStream synced = Recordings.read(file).streams().get(1);
        RecordedStream smooth = XdfReader.read(file, new XdfReader.Options(true, true, true)).streams().get(1);
        // README: the footer's first_timestamp, and the first and last rows of the BioSemi stream as pyxdf
        // loads it by default (synchronised and de-jittered), shown with offsets of about -652340.284 before
        // the reset and 1121.166 after it
        assertEquals(653150.379117, raw.timestamps()[0], 1e-6);
        assertEquals(653150.314061 - 652340.284, smooth.timestamps()[0], 1e-3);
        assertEquals(262.018644 + 1121.166, smooth.timestamps()[27814], 1e-3);
        float[] firstRow = {0.142f, 0.463f, 0.354f, 0.220f, 0.761f, 0.323f, 0.312f, 0.861f};
        float[] lastRow = {0.873f, 0.064f, 0.684f, 0.153f, 0.306f, 0.123f, 0.711f, 0.892f};
        for (int c = 0; c < 8; c++) {
            assertEquals(firstRow[c], synced.samples()[c][0], 5e-4);
            assertEquals(lastRow[c], synced.samples()[c][27814], 5e-4);
        }
        assertTrue(raw.timestamps()[27814] < raw.timestamps()[0], "the raw clock went backwards");
        for (int i = 1; i < synced.sampleCount(); i++) {
            assertTrue(synced.timestamps()[i] > synced.timestamps()[i - 1] - 0.05, "monotonic after sync at " + i);
        }
    }

    @Test
    void dejitteringPutsRegularStreamsOnAStraightLine() throws Exception {
        Path file = TestFiles.corpus("xdf/bci-essentials/ssvep_example.xdf");
        RecordedStream s = XdfReader.read(file, new XdfReader.Options(true, true, true)).streams().get(1);
        double[] t = s.timestamps();
        double step = t[1] - t[0];
        assertEquals(1 / 300.0, step, 1e-4);
        for (int i = 2; i < t.length; i++) {
            assertEquals(step, t[i] - t[i - 1], 1e-9);
        }
    }

    @TestFactory
    Stream<DynamicTest> deliberatelyMalformedFilesFailWithATypedError() throws Exception {
        try (Stream<Path> files = Files.list(TestFiles.file("xdf/xdf_rs-tests"))) {
            return files.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.read(p));
                assertTrue(e.getMessage().startsWith(p.getFileName() + " at byte "), e.getMessage());
                assertTrue(e.offset() >= 0 && e.offset() < Files.size(p));
                assertFalse(e.getMessage().isBlank());
            }));
        }
    }
}
