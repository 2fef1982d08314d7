package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.attend.testing.TestFiles;

/** {@code attend info}, {@code attend convert} and {@code attend bench formats} on real files. */
class FormatCommandsTest {

    private static final Path HOME = Path.of(System.getProperty("attend.home", "."));
    private static final Path R04 = HOME.resolve("recordings/eegmmidb/S001R04.edf");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = AttendCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void infoJsonDescribesTheEegmmidbRun() throws Exception {
        Run run = run("info", R04.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("EDF", json.get("format").asText());
        assertEquals(125.0, json.get("durationSeconds").asDouble());
        JsonNode stream = json.get("streams").get(0);
        assertEquals(64, stream.get("channels").size());
        assertEquals("Fc5.", stream.get("channels").get(0).get("label").asText());
        assertEquals(160.0, stream.get("sampleRateHz").asDouble());
        assertEquals(20000, stream.get("samples").asInt());
        assertEquals(15, json.get("labels").get("T0").asInt());
        assertEquals(8, json.get("labels").get("T1").asInt());
        assertEquals(7, json.get("labels").get("T2").asInt());
        assertEquals(8, json.get("labelsBySource").get("annotations").get("T1").asInt());
        assertEquals(false, stream.get("irregular").asBoolean());
    }

    /** Issue 23: info merged the markers of every stream without naming the stream. */
    @Test
    void infoTextGroupsMarkersBySource() {
        Run run = run("info", R04.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\nmarkers of the annotations: 30\n  T0                       15\n"), run.out());
    }

    @Test
    void infoTextListsStreamsAndMarkerCountsOfAnXdf() {
        Run run = run("info", TestFiles.file("xdf/xdf-modules-example-files/minimal.xdf").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("stream 'SendDataC' (EEG, int16): 3 channels at 10 Hz, 9 samples"), run.out());
        assertTrue(run.out().matches("(?s).*\\nmarkers of stream 'SendDataString': \\d+\\n(  .*\\n)*  Hello +2\\n.*"),
                run.out());
    }

    @Test
    void convertWritesEdfPlusThatReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("copy.bdf");
        Run run = run("convert", R04.toString(), out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("wrote "), run.out());
        Recording copy = Recordings.read(out);
        assertEquals(30, copy.annotations().size());
        assertEquals(64, copy.eegStream().orElseThrow().info().channelCount());
        // issue 23: convert overwrote an existing file
        Run again = run("convert", R04.toString(), out.toString());
        assertEquals(2, again.exit(), again.err());
        assertEquals("attend convert: OUT " + out + " exists: give --force to overwrite it", again.err().strip());
        assertEquals(0, run("convert", R04.toString(), out.toString(), "--force").exit());
    }

    /** Issue 23: convert wrote only .edf and .bdf, and said nothing of what it changed. */
    @Test
    void convertWritesBrainVisionAndCsvAndSaysWhatChanged(@TempDir Path dir) throws Exception {
        Run vhdr = run("convert", R04.toString(), dir.resolve("r04.vhdr").toString());
        assertEquals(0, vhdr.exit(), vhdr.err());
        assertTrue(vhdr.out().startsWith("wrote " + dir.resolve("r04.vhdr") + ": 64 channels, 125.000 s, 30 markers\n"),
                vhdr.out());
        assertTrue(vhdr.out().contains("note: markers written as BrainVision Stimulus markers"), vhdr.out());
        assertEquals(30, Recordings.read(dir.resolve("r04.vhdr")).annotations().stream()
                .filter(a -> a.label().startsWith("Stimulus/T")).count());
        Path eeg = dir.resolve("r04.eeg");
        Run again = run("convert", R04.toString(), dir.resolve("r04.vhdr").toString());
        assertEquals(2, again.exit(), "the .vhdr exists");
        Files.delete(dir.resolve("r04.vhdr"));
        Run beside = run("convert", R04.toString(), dir.resolve("r04.vhdr").toString());
        assertEquals("attend convert: OUT " + eeg + " exists: give --force to overwrite it", beside.err().strip());
        Run csv = run("convert", R04.toString(), dir.resolve("r04.csv").toString());
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(20001, Files.readAllLines(dir.resolve("r04.csv")).size());
        Run edf = run("convert", TestFiles.file("xdf/xdf-modules-example-files/minimal.xdf").toString(),
                dir.resolve("minimal.edf").toString());
        assertTrue(edf.out().contains("note: padded with zeros from 0.900 to 1.000 s"), edf.out());
    }

    @Test
    void malformedFilesAndWrongArgumentsGiveOneLineErrors(@TempDir Path dir) {
        Run bad = run("info", TestFiles.file("xdf/xdf_rs-tests/chunk_length_lie.xdf").toString());
        assertEquals(1, bad.exit());
        assertEquals("attend info: chunk_length_lie.xdf at byte 64: chunk too short for its stream id",
                bad.err().strip());
        Run wrong = run("convert", R04.toString(), dir.resolve("x.txt").toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("must end in .edf or .bdf"), wrong.err());
    }

    @Test
    void benchFormatsReportsMedianP99AndThroughput() {
        Run run = run("bench", "formats", "--repetitions", "3", "--warmup", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("read S001R04\\.edf \\(EDF, 64 channels, 125\\.0 s, 2\\.60 MB\\): median "
                + "[0-9.]+ ms, p99 [0-9.]+ ms, [0-9]+ MB/s \\(3 repetitions after 1 warm-up.*\\s*"), run.out());
    }
}
