package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.source.DeviceProfiles;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import org.attend.source.SourceRead;
import org.attend.stream.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/** Recording sessions to XDF and replaying recordings through the real-time path. */
class RecordAndReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RecordedStream stream(Recording recording, String type) {
        return recording.streams().stream().filter(s -> s.info().type().equals(type)).findFirst().orElseThrow();
    }

    /**
     * The first {@code samples} samples of channel {@code c} of the default simulation, regenerated; its cues so far
     * are added to {@code cues}.
     */
    static float[] simulated(int channel, int samples, List<Marker> cues) throws Exception {
        var profile = DeviceProfiles.load(Path.of(System.getProperty("attend.home"), "devices")).get("bci2000-64");
        float[] out = new float[samples];
        int n = 0;
        try (SimulatedHeadset sim = new SimulatedHeadset(SimulationSpec.leftRightRest(profile, 42))) {
            while (n < samples) {
                SourceRead read = sim.read(Duration.ZERO);
                int take = Math.min(samples - n, read.chunk().sampleCount());
                System.arraycopy(read.chunk().data()[channel], 0, out, n, take);
                n += take;
                cues.addAll(read.markers());
            }
        }
        return out;
    }

    @Test
    void recordWritesTheRawSignalAndCuesToXdf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sim.xdf");
        CliTestSupport.Result r = CliTestSupport.run("record", "--out", file.toString(), "--duration", "20",
                "--speed", "max");
        assertEquals(0, r.exitCode(), r.err());
        Recording recording = Recordings.read(file);
        RecordedStream eeg = stream(recording, "EEG");
        assertEquals(64, eeg.info().channelCount());
        assertEquals(3200, eeg.sampleCount());
        List<Marker> cues = new ArrayList<>();
        assertArrayEquals(simulated(8, 3200, cues), eeg.samples()[8], "raw, unfiltered samples of C3");
        assertEquals(0.0, eeg.timestamps()[0], 1e-9);
        assertEquals(3199 / 160.0, eeg.timestamps()[3199], 1e-6);
        List<String> recordedCues = recording.markers().stream().map(Marker::label).toList();
        assertEquals(cues.stream().filter(m -> m.time() < 20).map(Marker::label).toList(), recordedCues);
    }

    @Test
    void killedRecordingProcessLeavesAReadableFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.xdf");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dattend.home=" + System.getProperty("attend.home"),
                AttendCommand.class.getName(), "record", "--out", file.toString(), "--duration", "600", "--speed", "4");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        Process process = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // wait for several flushes: 64 ch x 160 Hz x 4 bytes is ~41 kB per second of signal
            while (System.nanoTime() < deadline && (!Files.exists(file) || Files.size(file) < 600_000)) {
                Thread.sleep(100);
            }
            assertTrue(Files.size(file) >= 600_000, "recording grew: " + Files.readString(dir.resolve("log.txt")));
        } finally {
            process.destroyForcibly(); // SIGKILL on Linux: no footer, no final flush
            process.waitFor(10, TimeUnit.SECONDS);
        }
        Recording recording = Recordings.read(file);
        RecordedStream eeg = stream(recording, "EEG");
        int samples = eeg.sampleCount();
        assertTrue(samples >= 10 * 160, "at least ten seconds survive the kill, got " + samples);
        assertArrayEquals(simulated(8, samples, new ArrayList<>()), eeg.samples()[8], "every flushed sample intact");
    }

    @Test
    void runRecordsPredictionsAndCommandsBesideTheSignal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.xdf");
        CliTestSupport.Result r = CliTestSupport.run("run", "--full", "--speed", "max", "--json", "--duration", "30",
                "--record", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        Recording recording = Recordings.read(file);
        RecordedStream predictions = stream(recording, "Predictions");
        assertEquals(List.of("left", "right", "rest"), predictions.info().channels().labels());
        assertEquals(summary.get("windows").asInt(), predictions.sampleCount());
        assertEquals(summary.get("commands").asInt(), stream(recording, "Commands").sampleCount());
        for (int i = 0; i < predictions.sampleCount(); i += 17) {
            float sum = predictions.samples()[0][i] + predictions.samples()[1][i] + predictions.samples()[2][i];
            assertEquals(1f, sum, 1e-5f, "probabilities sum to one");
        }
    }

    @Test
    void replayOfTheShippedEegmmidbRunPrintsDecisionsAndASummary() throws Exception {
        // the decoder alone with the policy's flags (no intent detector): see SelfPacedReplayTest for the default
        CliTestSupport.Result r = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf", "--speed", "max",
                "--detector", "none", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("summary", summary.get("type").asText());
        assertEquals(0, summary.get("dropped_samples").asLong());
        // S001R04 holds 15 imagery cues (T1/T2); the first 3 of each class calibrate, the rest are online
        assertEquals(9, summary.get("trials").asInt());
        for (String key : List.of("false_per_min", "answered_share", "nmcc", "warm_up_ms")) {
            assertTrue(summary.has(key), key + " in " + summary);
        }
        assertTrue(summary.get("commands").asInt() > 0);
        long commandLines = lines.stream().filter(l -> l.contains("\"type\":\"command\"")).count();
        assertEquals(summary.get("commands").asInt(), commandLines);
    }

    @Test
    void replayWithoutAClassMappingSaysWhatToGive() {
        CliTestSupport.Result r = CliTestSupport.run("replay",
                TestFiles.file("xdf/xdf-modules-example-files/minimal.xdf").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--classes"), r.err());
    }

    @Test
    void threeRunsReplayOnOneTimelineCalibratingOnTheFirstTrials() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf",
                "recordings/eegmmidb/S001R08.edf", "recordings/eegmmidb/S001R12.edf", "--calibration-trials", "5",
                "--speed", "max", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode calibration = JSON.readTree(lines.stream().filter(l -> l.contains("\"type\":\"calibration\""))
                .findFirst().orElseThrow());
        assertEquals(5, calibration.get("trials_per_class").get(0).asInt());
        assertEquals(5, calibration.get("trials_per_class").get(1).asInt());
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        // 45 cues in the three runs; at least 10 went to calibration, every later one is decoded online
        int online = summary.get("trials").asInt();
        assertTrue(online >= 30 && online <= 35, "online trials " + online);
        // three runs of about 125 s, joined with 1 s gaps: the online block runs on into the third file
        assertTrue(summary.get("source_end_time").asDouble() > 3 * 120, summary.toString());
        assertEquals(0, summary.get("dropped_samples").asLong());
    }

    @Test
    void aFlagThatContradictsTheModelIsAOneLineErrorAndFinetuneCalibrates(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m");
        CliTestSupport.Result saved = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf", "--speed",
                "max", "--window", "2", "--save-model", model.toString());
        assertEquals(0, saved.exitCode(), saved.err());
        CliTestSupport.Result wrong = CliTestSupport.run("replay", "recordings/eegmmidb/S001R08.edf", "--model",
                model.toString(), "--band", "4-38", "--window", "3", "--speed", "max");
        assertEquals(2, wrong.exitCode());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().contains("--band 4.0-38.0 (model: 8.0-32.0 Hz), --window 3.0 (model: 2.0 s) contradicts"),
                wrong.err());
        CliTestSupport.Result same = CliTestSupport.run("replay", "recordings/eegmmidb/S001R08.edf", "--model",
                model.toString(), "--band", "8-32", "--speed", "max", "--json");
        assertEquals(0, same.exitCode(), "a flag that agrees with the model is fine: " + same.err());
        CliTestSupport.Result tuned = CliTestSupport.run("replay", "recordings/eegmmidb/S001R08.edf", "--decoder",
                "finetune:" + model, "--calibration-trials", "5", "--speed", "max", "--json");
        assertEquals(0, tuned.exitCode(), tuned.err());
        assertTrue(tuned.out().contains("\"type\":\"calibration\",\"decoder\":\"csp-lda\""), tuned.out());
    }
}
