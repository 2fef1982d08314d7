package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad arguments of the campaign of issue 24, as it gave them: each is one line and exit code 2 before any
 * stream is resolved, any data read or any decoder trained; a recording that fills the disk stops with one line
 * and keeps what it wrote.
 */
class ArgumentCampaignTest {

    @TempDir
    Path dir;

    private static CliTestSupport.Result refused(String expected, String... args) {
        // the expected line, not a resolve timeout's "no LSL stream matches", says the check came first
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err() + r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), String.join(" ", args) + ": " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    @Test
    void trainSubjectsThatNameNoSubjectAreOneLine() {
        refused("attend train: subjects '5-2': the range 5-2 runs backwards (write 2-5)",
                "train", "--subjects", "5-2", "--out", dir.resolve("m").toString());
        refused("attend train: subjects '' names no subject: give ids and ranges such as 1-12 or 1,3,5-7, or all",
                "train", "--subjects=", "--out", dir.resolve("m").toString());
        refused("names more than 100000 subjects", "train", "--subjects", "1-999999999", "--out",
                dir.resolve("m").toString());
    }

    @Test
    void trainOutputFolderThatCannotBeWrittenIsRefusedBeforeTraining() throws Exception {
        refused("attend train: --out /proc/x/m: cannot write in /proc", "train", "--subjects", "1", "--out",
                "/proc/x/m");
        Path file = Files.writeString(dir.resolve("file"), "x");
        refused("--out " + file + " is a file, not a folder", "train", "--subjects", "1", "--out", file.toString());
        refused("--out " + file.resolve("m") + ": " + file + " is not a folder", "train", "--subjects", "1", "--out",
                file.resolve("m").toString());
    }

    @Test
    void recordDurationBeyondTheDiskIsRefusedBeforeStart() {
        Path out = dir.resolve("huge.xdf");
        refused("cannot record 1.0E308 s of 64 channels at 160 Hz to huge.xdf: that needs more than an exabyte but ",
                "record", "--out", out.toString(), "--duration", "1e308", "--speed", "max");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void sessionArgumentsAreCheckedBeforeAnyStreamIsResolved() {
        String[] live = {"live", "--lsl-backend", "java", "--lsl", "name='NoSuchStream'", "--resolve-timeout", "30"};
        refused("--model /nonexistent: no such folder", concat(live, "--model", "/nonexistent"));
        refused("--model " + dir + ": not a model folder (it holds no model.json)", concat(live, "--model",
                dir.toString()));
        refused("threshold must lie in 0..1, got 2.0", concat(live, "--markers", "type='Markers'", "--threshold",
                "2"));
        refused("unknown decoder 'nosuch' (available: ", concat(live, "--markers", "type='Markers'", "--decoder",
                "nosuch"));
        refused("unknown decoder 'nosuch' (available: ", concat(live, "--markers", "type='Markers'", "--detector",
                "nosuch"));
        refused("--decoder finetune:/nonexistent: no such folder", concat(live, "--markers", "type='Markers'",
                "--decoder", "finetune:/nonexistent"));
        refused("--calibration-trials 1: calibration needs at least 2 cued trials per class", concat(live, "--markers",
                "type='Markers'", "--detector", "none", "--calibration-trials", "1"));
        refused("duration must be positive, got -1.0 s", concat(live, "--markers", "type='Markers'", "--duration",
                "-1"));
        refused("--save-model /proc/x: cannot write in /proc", concat(live, "--markers", "type='Markers'",
                "--save-model", "/proc/x"));
        refused("--record " + dir.resolve("x.edf") + ": this command writes .xdf", concat(live, "--markers",
                "type='Markers'", "--record", dir.resolve("x.edf").toString()));
        refused("--band 8.0-1000.0 (model: 8.0-32.0 Hz) contradicts models/eegmmidb-lr-attend; drop the flag",
                concat(live, "--model", "models/eegmmidb-lr-attend", "--band", "8-1000"));
    }

    @Test
    void replayCalibrationTrialsTooFewForTheDecoderAreRefusedInPreflight() {
        String run = "recordings/eegmmidb/S001R04.edf";
        refused("attend replay: --calibration-trials 1: a self-paced calibration fits its policy by 5-fold "
                + "cross-validation: it needs at least 5 cued trials per class, 4 more than the 1 given",
                "replay", run, "--calibration-trials", "1");
        refused("attend replay: --calibration-trials 1: calibration needs at least 2 cued trials per class (a "
                + "decoder estimates each class from two or more), got 1", "replay", run, "--calibration-trials",
                "1", "--detector", "none");
    }

    @Test
    void runBandAboveTheSimulatedNyquistIsRefusedBeforeTheHeadsetStarts() {
        refused("--band 8.0-32.0 with --notch 0.0 at 50.0 Hz: ", "run", "--rate", "50", "--notch", "0");
        refused("--rate must be a positive number of Hz, got -1.0", "run", "--rate", "-1");
    }

    @Test
    void simulatorRecordsAtTheRateAsked() throws Exception {
        Path out = dir.resolve("fast.xdf");
        CliTestSupport.Result r = CliTestSupport.run("record", "--out", out.toString(), "--rate", "1000",
                "--duration", "3", "--speed", "max");
        assertEquals(0, r.exitCode(), r.err());
        RecordedStream eeg = Recordings.read(out).eegStream().orElseThrow();
        assertEquals(1000, eeg.info().sampleRateHz());
        assertEquals(64, eeg.info().channelCount());
        // chunks of 1/16 s are 63 samples at 1000 Hz: the recording ends with the chunk that reaches 3 s
        assertEquals(48 * 63, eeg.sampleCount());
        assertEquals(3.023, eeg.timestamps()[eeg.sampleCount() - 1], 1e-9);
    }

    @Test
    void recordingThatFillsTheDiskStopsWithOneLineAndKeepsWhatItWrote() throws Exception {
        Path out = dir.resolve("full.xdf");
        // the shell's file size limit (2 MB) stands in for a full disk: writes then fail (EFBIG, as ENOSPC would)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "ulimit -f 2000 && exec \"$0\" \"$@\"", java, "-cp",
                System.getProperty("java.class.path"), "-Dattend.home=" + System.getProperty("attend.home"),
                AttendCommand.class.getName(), "record", "--out", out.toString(), "--duration", "600", "--speed",
                "max");
        pb.redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        Process child = pb.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the recording stopped");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip();
        assertEquals(1, child.exitValue(), err);
        List<String> lines = err.lines().filter(l -> l.startsWith("attend record: ")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).matches("attend record: stream 'Attend simulated bci2000-64' at \\d+\\.\\d{3} s: "
                + "full\\.xdf: writing failed \\(File too large\\), so the recording stops; the file keeps the \\d+ "
                + "bytes written before"), lines.get(0));
        long kept = Long.parseLong(lines.get(0).replaceAll(".* keeps the (\\d+) bytes .*", "$1"));
        assertEquals(kept, Files.size(out), "cut back to the last whole flush");
        Recording recording = Recordings.read(out);
        RecordedStream eeg = recording.eegStream().orElseThrow();
        assertTrue(eeg.sampleCount() >= 30 * 160, "half a minute of signal kept, got " + eeg.sampleCount());
        assertArrayEquals(RecordAndReplayTest.simulated(8, eeg.sampleCount(), new ArrayList<>()), eeg.samples()[8],
                "every sample kept is intact");
        assertTrue(recording.warnings().stream().allMatch(w -> w.endsWith("has no StreamFooter")),
                recording.warnings().toString());
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
