package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.progress.Progress;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionRunner;
import org.attend.realtime.SessionSummary;
import org.attend.source.DeviceProfile;
import org.attend.source.FileSource;
import org.attend.source.Montages;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import org.attend.source.SourceRead;
import org.attend.stream.ChannelLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attend bench session}: the whole real-time path at full speed, against a baseline measured in the
 * same run: the default simulated session against generating the same signal alone, and the replay of a
 * 64-channel 2-minute EDF against reading the file alone.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Full-speed session and replay through the real-time path, with source-only baselines.")
public final class BenchSessionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    QuietOption quiet;

    @Option(names = "--recording", paramLabel = "FILE", defaultValue = "recordings/eegmmidb/S001R04.edf",
            description = "Recording to replay (default: ${DEFAULT-VALUE}).")
    Path recording;

    @Option(names = "--repetitions", defaultValue = "7", description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed repetitions (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1 || warmup < 0) {
            throw new IllegalArgumentException("repetitions must be positive and warm-up non-negative");
        }
        Path file = recording.isAbsolute() ? recording : AttendHome.resolve(recording.toString());
        DeviceProfile profile = new DevicesOption().load().get("bci2000-64");
        double[][] times = new double[4][repetitions];
        SessionSummary[] sessions = new SessionSummary[repetitions];
        double replaySeconds = 0;
        try (Progress progress = Progress.start("bench session", warmup + repetitions, "repetitions")) {
            for (int rep = -warmup; rep < repetitions; rep++) {
                long t0 = System.nanoTime();
                SessionSummary session = simulatedSession(profile);
                long t1 = System.nanoTime();
                drainSimulator(profile, session.endTime());
                long t2 = System.nanoTime();
                Recording read = Recordings.read(file);
                long t3 = System.nanoTime();
                replay(file);
                long t4 = System.nanoTime();
                replaySeconds = read.durationSeconds();
                if (rep >= 0) {
                    times[0][rep] = (t1 - t0) / 1e9;
                    times[1][rep] = (t2 - t1) / 1e9;
                    times[2][rep] = (t3 - t2) / 1e9;
                    times[3][rep] = (t4 - t3) / 1e9;
                    sessions[rep] = session;
                }
                progress.step();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        double session = median(times[0]);
        double source = median(times[1]);
        double read = median(times[2]);
        double replay = median(times[3]);
        out.printf(Locale.ROOT, "attend bench session: %d repetitions after %d warm-up, medians%n", repetitions, warmup);
        out.printf(Locale.ROOT, "simulated session (run --speed max, %.0f s of signal): %.3f s = %.0fx real time; "
                + "simulator alone %.3f s; ratio %.2f%n", sessions[0].endTime(), session, sessions[0].endTime() / session,
                source, session / source);
        out.printf(Locale.ROOT, "  decision latency p50 %.3f ms, p99 %.3f ms (medians over repetitions); accuracy %.3f;"
                + " dropped %d%n", median(Arrays.stream(sessions).mapToDouble(SessionSummary::latencyMsP50).toArray()),
                median(Arrays.stream(sessions).mapToDouble(SessionSummary::latencyMsP99).toArray()),
                sessions[0].accuracy(), sessions[0].droppedSamples());
        out.printf(Locale.ROOT, "replay %s (%.0f s) --speed max: %.3f s = %.0fx real time; reading alone %.3f s; "
                + "ratio %.2f%n", file.getFileName(), replaySeconds, replay, replaySeconds / replay, read,
                replay / read);
        return 0;
    }

    /** The default {@code attend run} session at full speed: calibration, then 240 s online. */
    private static SessionSummary simulatedSession(DeviceProfile profile) throws Exception {
        try (SimulatedHeadset headset = new SimulatedHeadset(SimulationSpec.leftRightRest(profile, 42))) {
            SimulationSpec sim = headset.spec();
            Decoder decoder = untrainedCspLda(headset.info().channels(), headset.info().sampleRateHz(), sim.classes());
            return SessionRunner.run(SessionPlan.builder().setSource(headset)
                    .setCalibration(decoder, 20)
                    .optSpeed(Double.POSITIVE_INFINITY)
                    .optDurationSeconds(RunCommand.DEFAULT_DURATION_SECONDS)
                    .optTrialSeconds(sim.imagerySeconds())
                    .optChunkSeconds(sim.chunkSeconds())
                    .build()).online();
        }
    }

    private static void drainSimulator(DeviceProfile profile, double seconds) throws Exception {
        try (SimulatedHeadset headset = new SimulatedHeadset(SimulationSpec.leftRightRest(profile, 42))) {
            SourceRead read;
            do {
                read = headset.read(Duration.ZERO);
            } while (read.chunk().lastTime() < seconds);
        }
    }

    /** {@code attend replay FILE --speed max}: calibration on the first half of the trials, then online. */
    private static void replay(Path file) throws Exception {
        Map<String, String> mapping = FileSource.defaultClasses(file);
        try (FileSource source = new FileSource(Recordings.read(file), FileSource.DEFAULT_CHUNK_SECONDS, mapping)) {
            List<String> classes = ReplayCommand.classNames(mapping);
            Decoder decoder = untrainedCspLda(source.info().channels(), source.info().sampleRateHz(), classes);
            SessionRunner.run(SessionPlan.builder().setSource(source)
                    .setCalibration(decoder, ReplayCommand.calibrationTrials(source.markers(), classes))
                    .optSpeed(Double.POSITIVE_INFINITY)
                    .optTrialSeconds(ReplayCommand.TRIAL_SECONDS)
                    .optChunkSeconds(FileSource.DEFAULT_CHUNK_SECONDS)
                    .build());
        }
    }

    /** The default decoder ({@code csp-lda}, 2 s, 8-30 Hz) on the sensorimotor sites, untrained. */
    private static Decoder untrainedCspLda(ChannelLayout channels, double rateHz, List<String> classes) {
        return Decoders.create("csp-lda", new InputContract(Montages.sensorimotorOrAll(channels), rateHz, 2.0, 8, 30,
                classes));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
