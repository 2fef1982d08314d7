package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.attend.format.Recordings;
import org.attend.lsl.JavaBackend;
import org.attend.lsl.LslConfig;
import org.attend.source.LslPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/** {@code attend live} on a real LSL stream (published on loopback from a simulated recording). */
@Timeout(120)
class LiveCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void decodesALiveLslStreamWithItsCueStreamAndATrainedModel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        CliTestSupport.Result trained = CliTestSupport.run("run", "--full", "--speed", "max", "--duration", "10",
                "--save-model", model.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        Path xdf = dir.resolve("sim.xdf");
        assertEquals(0, CliTestSupport.run("record", "--out", xdf.toString(), "--duration", "60", "--speed", "max",
                "--seed", "7").exitCode());

        String name = "LiveTest" + System.nanoTime();
        try (PlayedRecording played = new PlayedRecording(xdf, name)) {
            CliTestSupport.Result live = CliTestSupport.run("live", "--lsl-backend", "java",
                    "--lsl", "name='" + name + "'", "--markers", "name='" + name + "-Markers'",
                    "--model", model.toString(), "--duration", "12", "--json", "--no-lsl-out");
            assertEquals(0, live.exitCode(), live.err());
            List<String> lines = live.out().lines().toList();
            JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
            assertEquals("summary", summary.get("type").asText());
            assertEquals(0, summary.get("dropped_samples").asLong());
            // 2 s to fill the first window, then one decision every 125 ms
            assertTrue(summary.get("windows").asInt() >= 70, "windows " + summary.get("windows"));
            assertTrue(summary.get("trials").asInt() >= 1, "cues arrive over LSL: " + summary);
            // measured for every window; its budget (p50 < 50 ms) is measured by 'attend bench live'
            assertTrue(summary.get("latency_ms_p50").asDouble() > 0, "live decision latency: " + summary);
            assertTrue(summary.get("latency_ms_p99").asDouble() >= summary.get("latency_ms_p50").asDouble());
        }
    }

    /**
     * Issue 23's session: {@code lsl send} of an eegmmidb run feeding {@code live --model}. Live names the stream it
     * bound, scores against the marker stream of the same source (no --markers), prints command times in session
     * time, and a stall of the outlet is one {@code stop} line on stdout and nothing on stderr.
     */
    @Test
    void namesItsStreamScoresAgainstItsMarkersInSessionTimeAndAStallIsOneLine(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        CliTestSupport.Result trained = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf", "--speed",
                "max", "--detector", "none", "--save-model", model.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        JavaBackend backend = new JavaBackend(TestFiles.loopbackLsl());
        String name = "LiveStall" + System.nanoTime();
        try (LslPlayer player = new LslPlayer(backend, Recordings.read(TestFiles.home()
                .resolve("recordings/eegmmidb/S001R08.edf")), name)) {
            Thread playing = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    player.play(() -> System.nanoTime() - start > 9_000_000_000L, sent -> { });
                    Thread.sleep(700); // the outlet stays, silent: a stall, not a loss
                    player.play(() -> Thread.currentThread().isInterrupted(), sent -> { });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            playing.start();
            try {
                CliTestSupport.Result live = CliTestSupport.runWithLog("live", "--lsl-backend", "java",
                        "--lsl", "name='" + name + "'", "--model", model.toString(), "--duration", "20", "--json",
                        "--no-lsl-out", "--quiet"); // --quiet: no progress lines, so stderr shows any stall message
                assertEquals(0, live.exitCode(), live.err());
                List<JsonNode> lines = new java.util.ArrayList<>();
                for (String line : live.out().lines().toList()) {
                    lines.add(JSON.readTree(line));
                }
                JsonNode bound = lines.get(0);
                assertEquals("stream", bound.get("type").asText(), live.out());
                assertEquals(name, bound.get("name").asText());
                assertEquals(name + "-Markers", bound.get("markers").asText(), "the marker stream of the same source");
                JsonNode summary = lines.get(lines.size() - 1);
                assertTrue(summary.get("trials").asInt() >= 2, "cues of the same source scored: " + summary);
                long stale = summary.get("stale_events").asLong();
                assertTrue(stale >= 1, "the 0.7 s stall is a stale period: " + summary);
                long stops = lines.stream().filter(l -> l.path("command").asText().equals("stop")).count();
                assertEquals(stale, stops, "one stop line per stale event");
                for (JsonNode l : lines) {
                    if (l.has("session_time")) {
                        assertTrue(l.get("session_time").asDouble() >= 0 && l.get("session_time").asDouble() < 40,
                                "session time, not the LSL clock: " + l);
                    }
                }
                assertTrue(live.err().isBlank(), "nothing on stderr about the stall: " + live.err());
            } finally {
                playing.interrupt();
                playing.join(5000);
            }
        }
    }

    @Test
    void liveWithoutModelOrCuesSaysWhatItNeeds() {
        CliTestSupport.Result r = CliTestSupport.run("live", "--lsl-backend", "java");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--model DIR") && r.err().contains("--markers QUERY"), r.err());
    }

    @Test
    void missingStreamIsNamedWithinTheTimeout() {
        CliTestSupport.Result r = CliTestSupport.run("live", "--lsl-backend", "java", "--lsl", "name='NoSuchStream'",
                "--markers", "type='Markers'", "--resolve-timeout", "1");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("NoSuchStream"), r.err());
    }
}
