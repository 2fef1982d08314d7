package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.attend.testing.TestFiles;

/**
 * Every EDF, BDF, GDF and BrainVision file of the corpus (repository copies, else -Dattend.data) reads with the channel names, rates, sample
 * counts, sample values (float32 precision) and annotations that MNE-Python reads (reference.json).
 */
class SignalFileReferenceTest {

    @TestFactory
    Stream<DynamicTest> everySignalFileMatchesItsReference() {
        return ReferenceValues.files().stream().filter(f -> !f.endsWith(".xdf"))
                .map(f -> DynamicTest.dynamicTest(f, () -> check(f, ReferenceValues.of(f))));
    }

    private static void check(String file, JsonNode ref) throws Exception {
        Recording recording = Recordings.read(TestFiles.file(file));
        assertAnnotations(ref.get("annotations"), recording.annotations(), file);
        if (!ref.has("channels")) {
            assertTrue(recording.eegStream().isEmpty(), file + " has no signals");
            return;
        }
        RecordedStream s = recording.eegStream().orElseThrow();
        assertEquals(ref.get("sfreq").asDouble(), s.info().sampleRateHz(), 1e-9, file + " rate");
        assertEquals(ref.get("nTimes").asInt(), s.sampleCount(), file + " samples");
        JsonNode channels = ref.get("channels");
        assertEquals(channels.size(), s.info().channelCount(), file + " channel count");
        for (int c = 0; c < channels.size(); c++) {
            JsonNode ch = channels.get(c);
            String what = file + " channel " + ch.get("name").asText();
            assertEquals(ch.get("name").asText(), s.info().channels().label(c), what);
            assertEquals(ch.get("rate").asDouble(), s.sampleRatesHz()[c], 1e-9, what + " rate");
            assertEquals(ch.get("stim").asBoolean(), s.channelTypes().get(c).equals("STIM"), what + " stim");
            ReferenceValues.assertSamples(ch, s.samples()[c], what);
        }
        JsonNode irregular = ref.get("irregular");
        int streams = 1 + (irregular == null ? 0 : irregular.size());
        assertEquals(streams, recording.streams().size(), file + " streams");
        for (int k = 1; k < streams; k++) {
            JsonNode e = irregular.get(k - 1);
            RecordedStream sparse = recording.streams().get(k);
            String what = file + " irregular " + e.get("name").asText();
            assertEquals(e.get("name").asText(), sparse.info().name(), what);
            assertEquals(0.0, sparse.info().sampleRateHz(), what);
            assertEquals(e.get("times").size(), sparse.sampleCount(), what);
            for (int i = 0; i < sparse.sampleCount(); i++) {
                assertEquals(e.get("times").get(i).asDouble(), sparse.timestamps()[i], 1e-9, what + " time " + i);
                ReferenceValues.assertClose(e.get("values").get(i).asDouble(), sparse.samples()[0][i], what + " " + i);
            }
        }
        JsonNode date = ref.get("measDate");
        if (date != null && !date.isNull()) {
            java.time.Instant expected = java.time.OffsetDateTime.parse(date.asText()).toInstant();
            // MNE 1.3 keeps no sub-second start for EDF/BDF (Attend does: see the test below)
            assertEquals(expected, expected.getNano() == 0 ? recording.startTime().truncatedTo(ChronoUnit.SECONDS)
                    : recording.startTime(), file + " start");
        }
    }

    static void assertAnnotations(JsonNode expected, List<Annotation> actual, String file) {
        assertEquals(expected.size(), actual.size(), file + " annotation count");
        for (int i = 0; i < actual.size(); i++) {
            JsonNode e = expected.get(i);
            Annotation a = actual.get(i);
            String what = file + " annotation " + i;
            assertEquals(e.get("label").asText(), a.label(), what);
            assertEquals(e.get("onset").asDouble(), a.onsetSeconds(), 1e-6, what + " onset");
            assertEquals(e.get("duration").asDouble(), a.durationSeconds(), 1e-6, what + " duration");
        }
        assertFalse(actual.stream().anyMatch(a -> a.label().isEmpty()), file + " empty labels");
    }

    @org.junit.jupiter.api.Test
    void subsecondStartTimeComesFromTheFirstTal() throws Exception {
        Recording r = Recordings.read(TestFiles.file(
                "formats/mne-testing-data/EDF/subsecond_starttime.edf"));
        // MNE 1.3 drops sub-seconds; the first TAL of this file says the first record starts 0.3945312 s after the header second
        assertEquals(java.time.Instant.parse("2020-01-24T04:05:56.394531200Z"), r.startTime());
    }

    static Path path(String file) {
        return TestFiles.file(file);
    }
}
