package org.attend.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.progress.Progress;
import org.attend.realtime.SessionDefaults;
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
import org.attend.stream.Summary;

/**
 * The whole real-time path at full speed, against a baseline measured in the same run: the default simulated
 * session ({@code attend run --speed max}) against generating the same signal alone, and the replay of a
 * recording ({@code attend replay FILE --speed max}) against reading the file alone.
 */
public final class SessionBench {

    /**
     * What to measure.
     *
     * @param profile     the simulated headset's device profile
     * @param recording   the recording to replay
     * @param repetitions timed repetitions
     * @param warmup      untimed repetitions first
     */
    public record Plan(DeviceProfile profile, Path recording, int repetitions, int warmup) {
        public Plan {
            if (repetitions < 1 || warmup < 0) {
                throw new IllegalArgumentException("repetitions must be positive and warm-up non-negative");
            }
        }
    }

    /**
     * What was measured, over the timed repetitions.
     *
     * @param sessionSeconds      the simulated session, wall seconds
     * @param simulatorSeconds    generating the same signal alone, wall seconds
     * @param sessionSignalSeconds signal the simulated session covered, seconds
     * @param latencyP50Millis    each session's median decision latency, ms
     * @param latencyP99Millis    each session's 99th-percentile decision latency, ms
     * @param first               the first timed session's summary (accuracy, dropped samples)
     * @param readSeconds         reading the recording alone, wall seconds
     * @param replaySeconds       replaying it, wall seconds
     * @param replaySignalSeconds the recording's length, seconds
     */
    public record Result(Summary sessionSeconds, Summary simulatorSeconds, double sessionSignalSeconds,
                         Summary latencyP50Millis, Summary latencyP99Millis, SessionSummary first,
                         Summary readSeconds, Summary replaySeconds, double replaySignalSeconds) {
    }

    private SessionBench() {
    }

    /** Runs the plan's repetitions, the four cases in turn in each. */
    public static Result run(Plan plan) throws Exception {
        int n = plan.repetitions();
        double[][] seconds = new double[4][n];
        SessionSummary[] sessions = new SessionSummary[n];
        double replaySignal = 0;
        try (Progress progress = Progress.start("bench session", plan.warmup() + n, "repetitions")) {
            for (int rep = -plan.warmup(); rep < n; rep++) {
                long t0 = System.nanoTime();
                SessionSummary session = simulatedSession(plan.profile());
                long t1 = System.nanoTime();
                drainSimulator(plan.profile(), session.endTime());
                long t2 = System.nanoTime();
                Recording read = Recordings.read(plan.recording());
                long t3 = System.nanoTime();
                replay(plan.recording());
                long t4 = System.nanoTime();
                replaySignal = read.durationSeconds();
                if (rep >= 0) {
                    seconds[0][rep] = (t1 - t0) / 1e9;
                    seconds[1][rep] = (t2 - t1) / 1e9;
                    seconds[2][rep] = (t3 - t2) / 1e9;
                    seconds[3][rep] = (t4 - t3) / 1e9;
                    sessions[rep] = session;
                }
                progress.step();
            }
        }
        return new Result(Summary.of(seconds[0]), Summary.of(seconds[1]), sessions[0].endTime(),
                Summary.of(Arrays.stream(sessions).mapToDouble(SessionSummary::latencyMsP50).toArray()),
                Summary.of(Arrays.stream(sessions).mapToDouble(SessionSummary::latencyMsP99).toArray()),
                sessions[0], Summary.of(seconds[2]), Summary.of(seconds[3]), replaySignal);
    }

    /** The default {@code attend run} session at full speed: calibration, then the online block. */
    private static SessionSummary simulatedSession(DeviceProfile profile) throws Exception {
        try (SimulatedHeadset headset = new SimulatedHeadset(SimulationSpec.leftRightRest(profile, 42))) {
            SimulationSpec sim = headset.spec();
            Decoder decoder = untrainedCspLda(headset.info().channels(), headset.info().sampleRateHz(), sim.classes());
            return SessionRunner.run(SessionPlan.builder().setSource(headset)
                    .setCalibration(decoder, SessionDefaults.CALIBRATION_TRIALS_PER_CLASS)
                    .optSpeed(Double.POSITIVE_INFINITY)
                    .optDurationSeconds(SessionDefaults.RUN_ONLINE_SECONDS)
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
            List<String> classes = SessionDefaults.classNames(mapping);
            Decoder decoder = untrainedCspLda(source.info().channels(), source.info().sampleRateHz(), classes);
            SessionRunner.run(SessionPlan.builder().setSource(source)
                    .setCalibration(decoder, SessionDefaults.calibrationTrials(source.markers(), classes, 1))
                    .optSpeed(Double.POSITIVE_INFINITY)
                    .optTrialSeconds(SessionDefaults.CUED_TRIAL_SECONDS)
                    .optChunkSeconds(FileSource.DEFAULT_CHUNK_SECONDS)
                    .build());
        }
    }

    /** The default decoder ({@code csp-lda}, 2 s, 8-30 Hz) on the sensorimotor sites, untrained. */
    private static Decoder untrainedCspLda(ChannelLayout channels, double rateHz, List<String> classes) {
        return Decoders.create("csp-lda", new InputContract(Montages.sensorimotorOrAll(channels), rateHz, 2.0, 8, 30,
                classes));
    }
}
