package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.attend.testing.ExamplePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attend run}: the walking skeleton end to end, and its error handling. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fullSessionAtMaxSpeedDecodesAboveEightyPercentWithNothingDropped() throws Exception {
        CliTestSupport.Result result = CliTestSupport.run("run", "--full", "--speed", "max", "--json", "--duration",
                "120");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        JsonNode calibration = JSON.readTree(lines.get(0));
        assertEquals("calibration", calibration.get("type").asText());
        assertEquals(20, calibration.get("trials_per_class").get(0).asInt());
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("summary", summary.get("type").asText());
        for (String key : List.of("accuracy", "itr_bits_per_min", "latency_ms_p50", "latency_ms_p99",
                "dropped_samples", "commands")) {
            assertTrue(summary.has(key), "summary has " + key);
        }
        assertTrue(summary.get("accuracy").asDouble() >= 0.8, "online accuracy " + summary.get("accuracy"));
        assertEquals(0, summary.get("dropped_samples").asLong());
        assertTrue(summary.get("itr_bits_per_min").asDouble() > 0);
        assertTrue(summary.get("online_seconds").asDouble() >= 120 - 1e-9);
        int commands = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            JsonNode command = JSON.readTree(line);
            assertEquals("command", command.get("type").asText());
            assertTrue(List.of("left", "right").contains(command.get("command").asText()), line);
            commands++;
        }
        assertEquals(summary.get("commands").asInt(), commands);
        assertTrue(commands >= 10, "about one command per imagery trial or more, got " + commands);
    }

    @Test
    void sameSeedGivesTheSameCommands() {
        String a = CliTestSupport.run("run", "--speed", "max", "--duration", "30", "--seed", "5").out();
        String b = CliTestSupport.run("run", "--speed", "max", "--duration", "30", "--seed", "5").out();
        List<String> commandsA = a.lines().filter(l -> l.contains(" p=")).toList();
        assertFalse(commandsA.isEmpty());
        assertEquals(commandsA, b.lines().filter(l -> l.contains(" p=")).toList());
    }

    @Test
    void aSessionCalibratesADecoderFromAPluginJar(@TempDir Path dir) throws Exception {
        Path jar = ExamplePlugin.jar(dir);
        CliTestSupport.Result result = CliTestSupport.run("run", "--speed", "max", "--json", "--duration", "10",
                "--plugins", jar.toString(), "--decoder", ExamplePlugin.DECODER);
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        JsonNode calibration = JSON.readTree(lines.get(0));
        assertEquals("calibration", calibration.get("type").asText());
        assertEquals(ExamplePlugin.DECODER, calibration.get("decoder").asText(), calibration.toString());
        assertEquals("summary", JSON.readTree(lines.get(lines.size() - 1)).get("type").asText());
        CliTestSupport.Result missing = CliTestSupport.run("run", "--plugins", dir.resolve("none.jar").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("none.jar does not exist"), missing.err());
    }

    @Test
    void badArgumentsGiveOneLineAndUsageExitCode() {
        for (String[] args : List.of(new String[] {"run", "--speed", "fast"}, new String[] {"run", "--band", "30-8"},
                new String[] {"run", "--no-such-option"}, new String[] {"run", "--threshold", "2"},
                new String[] {"run", "--hop", "0.001"})) {
            CliTestSupport.Result r = CliTestSupport.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void unknownHeadsetNamesTheKnownOnes() {
        CliTestSupport.Result r = CliTestSupport.run("run", "--headset", "brainwave-9000");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("unknown device 'brainwave-9000'") && r.err().contains("openbci-cyton"), r.err());
    }

    @Test
    void headsetWithoutTheDecodersChannelsIsRefusedBeforeTheFirstSample() {
        CliTestSupport.Result r = CliTestSupport.run("run", "--headset", "muse-2", "--channels", "C3,C4",
                "--speed", "max");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("missing channels [C3, C4]"), r.err());
    }
}
