package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.JavaOutlet;
import org.attend.lsl.LslBackends;
import org.attend.lsl.LslConfig;
import org.attend.lsl.LslStreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import org.attend.testing.TestFiles;

@Timeout(60)
class LslCommandTest {

    private static String[] run(String... args) {
        CommandLine cli = AttendCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int rc = cli.execute(args);
        return new String[] {Integer.toString(rc), out.toString(), err.toString()};
    }

    @Test
    void listShowsNameTypeChannelsRateHostAndSourceId() throws Exception {
        LslConfig config = TestFiles.loopbackLsl();
        String sid = "cli-" + UUID.randomUUID();
        try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("CliEEG", "EEG", 16, ChannelFormat.INT16, 512,
                sid), config)) {
            String[] r = run("lsl", "list", "--lsl-backend", "java", "--wait", "2", "--query", "source_id='" + sid + "'");
            assertEquals("0", r[0], r[2]);
            String line = r[1].lines().filter(l -> l.contains(sid)).findFirst().orElseThrow(() -> new AssertionError(r[1]));
            assertTrue(line.matches("CliEEG\\s+EEG\\s+16\\s+int16\\s+512\\s+\\S+ \\(127\\.0\\.0\\.1\\)\\s+" + sid),
                    line);
            assertTrue(r[1].contains("1 stream(s)"));
        }
    }

    /** Issue 23: {@code lsl list} had no channel details and no {@code --json}. */
    @Test
    void listJsonHasEveryStreamWithItsChannels() throws Exception {
        LslConfig config = TestFiles.loopbackLsl();
        String sid = "cli-json-" + UUID.randomUUID();
        try (JavaOutlet eeg = new JavaOutlet(LslStreamInfo.create("CliEEG", "EEG", 3, ChannelFormat.FLOAT32, 250,
                sid).withChannels(java.util.List.of("C3", "Cz", "C4"), "microvolts", "EEG"), config);
             JavaOutlet cues = new JavaOutlet(LslStreamInfo.create("CliCues", "Markers", 1, ChannelFormat.STRING, 0,
                sid), config)) {
            String[] r = run("lsl", "list", "--lsl-backend", "java", "--wait", "2", "--json", "--lsl",
                    "source_id='" + sid + "'");
            assertEquals("0", r[0], r[2]);
            com.fasterxml.jackson.databind.JsonNode streams = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(r[1]).get("streams");
            assertEquals(2, streams.size(), r[1]);
            com.fasterxml.jackson.databind.JsonNode markers = streams.get(0);
            assertEquals("CliCues", markers.get("name").asText());
            assertTrue(markers.get("rate_hz").isNull(), "irregular: " + markers);
            com.fasterxml.jackson.databind.JsonNode signal = streams.get(1);
            assertEquals(250.0, signal.get("rate_hz").asDouble());
            assertEquals(3, signal.get("channel_count").asInt());
            assertEquals("C4", signal.get("channels").get(2).get("label").asText());
            assertEquals("microvolts", signal.get("channels").get(0).get("unit").asText());
            assertEquals("EEG", signal.get("channels").get(1).get("type").asText());
        }
    }

    @Test
    void nativeBackendWithoutLiblslIsOneClearError() {
        assumeTrue(LslBackends.locate(LslBackends.LIBRARY).isEmpty(), "liblsl is installed here");
        String[] r = run("lsl", "list", "--lsl-backend", "native");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("liblsl was not found"), r[2]);
        assertEquals(1, r[2].lines().count());
        String[] bad = run("lsl", "list", "--lsl-backend", "quantum");
        assertEquals("2", bad[0], bad[2]);
    }
}
