package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
import org.attend.dsp.ChannelQuality.Verdict;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 23: no command reported per-channel quality before a session, and the dashboard showed 47–56 of 64
 * channels of clean PhysioNet EEG as artefact.
 */
class QualityCommandTest {

    @Test
    void cleanResearchEegGradesGoodOnEveryChannelItsSpreadWithinTheMontage() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("quality", "recordings/eegmmidb/S001R04.edf", "--mains", "60");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("S001R04.edf: 64 channels at 160 Hz, 62 windows of 2 s (the dashboard's grading)", lines.get(0));
        assertTrue(lines.get(1).startsWith("channel    grade        RMS µV  line/EEG"), lines.get(1));
        assertEquals(64 + 4, lines.size(), r.out());
        assertEquals("channels: 64 good", lines.get(66), r.out());
        assertTrue(lines.get(67).startsWith("thresholds: flat below 0.5 µV RMS;"), lines.get(67));
        JsonNode json = new ObjectMapper().readTree(CliTestSupport.run("quality",
                "recordings/eegmmidb/S001R04.edf", "--json").out());
        assertEquals(64, json.get("channels").size());
        JsonNode c3 = json.get("channels").get(8);
        assertEquals("C3..", c3.get("label").asText());
        assertTrue(c3.get("rms_uv").asDouble() > 20 && c3.get("rms_uv").asDouble() < 120, c3.toString());
    }

    @Test
    void eachChannelGetsItsMostFrequentVerdict() {
        double rate = 100;
        int n = 600; // three windows of 2 s
        Random random = new Random(3);
        float[][] x = new float[5][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 5; c++) {
                x[c][i] = (float) (random.nextGaussian() * 20);
            }
            x[1][i] = 7; // flat
            if (i >= 200) {
                x[2][i] += (float) (800 * Math.sin(2 * Math.PI * i / 100.0)); // artefact in windows 2 and 3
            }
        }
        List<QualityCommand.ChannelGrade> g = QualityCommand.grade(x, List.of("a", "b", "c", "d", "e"), rate, 50);
        assertEquals(List.of(Verdict.GOOD, Verdict.FLAT, Verdict.ARTEFACT, Verdict.GOOD, Verdict.GOOD),
                g.stream().map(QualityCommand.ChannelGrade::grade).toList());
        assertEquals(2.0 / 3, g.get(2).shares().get(Verdict.ARTEFACT), 1e-12);
        assertEquals(20, g.get(0).rmsMicrovolts(), 2);
    }

    /** The same grading of the next seconds of an LSL stream on loopback (PhysioNet's run, sent as a headset). */
    @Test
    @Timeout(60)
    void anLslStreamIsGradedAsAFileIs() throws Exception {
        String name = "Quality" + System.nanoTime();
        try (PlayedRecording played = new PlayedRecording(TestFiles.home().resolve("recordings/eegmmidb/S001R08.edf"),
                name)) {
            CliTestSupport.Result r = CliTestSupport.run("quality", "--lsl", "name='" + name + "'",
                    "--lsl-backend", "java", "--seconds", "4", "--json");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertEquals("stream '" + name + "'", json.get("source").asText());
            assertEquals(2, json.get("windows").asInt());
            assertEquals(64, json.get("channels").size());
            long good = 0;
            for (JsonNode c : json.get("channels")) {
                good += c.get("grade").asText().equals("good") ? 1 : 0;
            }
            assertTrue(good >= 60, r.out());
        }
    }

    @Test
    void aFileOrAStreamAndEnoughSignal() {
        CliTestSupport.Result none = CliTestSupport.run("quality");
        assertEquals(2, none.exitCode());
        assertEquals("attend quality: give a FILE or --lsl QUERY (one of them)", none.err().strip());
        CliTestSupport.Result both = CliTestSupport.run("quality", "x.edf", "--lsl", "type='EEG'");
        assertEquals(2, both.exitCode());
    }
}
