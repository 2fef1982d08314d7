package org.attend.bench;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.attend.control.ControlPolicy;
import org.attend.control.PolicySettings;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.progress.Progress;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.source.LslSource;
import org.attend.stream.ChannelFormat;
import org.attend.stream.Prediction;
import org.attend.stream.Summary;

/**
 * A live session on a real LSL stream on loopback (3 channels at 160 Hz, in chunks of 5 samples every 31.25 ms, or
 * in the jittered bursts of {@link StaleSoak}: both push 10 chunks a second or more), whose outlet is killed and
 * restarted again and again, each time after 2.5 s of decisions: how long after the last sample pushed every
 * output has {@code stop} (the fail-safe's budget is 250 ms), and the session's decision latency on a live stream
 * (window's last sample reaching the engine → decision). How often a healthy bursty outlet is taken for a lost
 * one is {@link StaleSoak}.
 */
public final class LiveBench {

    /** The stream's sample rate. */
    public static final double RATE_HZ = 160;
    /** Samples per pushed chunk. */
    public static final int CHUNK_SAMPLES = 5;
    /** The stream's channels; the decoder uses C3 and C4. */
    public static final List<String> CHANNELS = List.of("C3", "Cz", "C4");
    /** The decoder's window. */
    public static final double WINDOW_SECONDS = 0.5;

    private static final Duration AWAIT = Duration.ofSeconds(20);
    /** How long decisions go on before the outlet is killed: past the stale timeout's learning (2 s of arrivals). */
    static final Duration SETTLE = Duration.ofMillis(2500);

    /** How the killed outlet pushes its chunks. */
    public enum Outlet {
        /** Chunks of {@value #CHUNK_SAMPLES} samples every 31.25 ms (32 chunks a second). */
        STEADY("chunks of " + CHUNK_SAMPLES + " samples every 31.25 ms"),
        /** {@link StaleSoak}'s jittered bursts (about 20 chunks a second). */
        BURSTY("jittered bursts of 1-" + StaleSoak.BURST_MAX_CHUNKS + " chunks every "
                + Math.round(StaleSoak.BURST_MIN_SECONDS * 1000) + "-" + Math.round(StaleSoak.BURST_MAX_SECONDS * 1000)
                + " ms");

        private final String description;

        Outlet(String description) {
            this.description = description;
        }

        /** How it pushes, in words. */
        public String description() {
            return description;
        }

        LoopbackPusher.Cadence cadence() {
            return this == STEADY ? LoopbackPusher.Cadence.steady(CHUNK_SAMPLES / RATE_HZ)
                    : LoopbackPusher.Cadence.jitteredBursts(StaleSoak.BURST_MIN_SECONDS, StaleSoak.BURST_MAX_SECONDS,
                            StaleSoak.BURST_MAX_CHUNKS);
        }
    }

    /**
     * What to measure.
     *
     * @param restarts     how many times the outlet is killed and restarted
     * @param pauseSeconds how long the outlet stays away each time
     * @param outlet       how the outlet pushes
     */
    public record Plan(int restarts, double pauseSeconds, Outlet outlet) {
        public Plan {
            if (restarts < 1 || !(pauseSeconds > 0) || outlet == null) {
                throw new IllegalArgumentException("restarts and pause must be positive, and an outlet given");
            }
        }
    }

    /**
     * What was measured.
     *
     * @param stopAfterLastSampleMillis per kill: the last chunk pushed → {@code stop} at the output, ms
     * @param session                   the session (its decision latency, stale periods, windows)
     */
    public record Result(Summary stopAfterLastSampleMillis, SessionResult session) {
    }

    private LiveBench() {
    }

    /** Runs the plan on {@code backend}'s outlet and inlet. */
    public static Result run(Plan plan, LslBackend backend) throws Exception {
        String sid = "attend-bench-live-" + UUID.randomUUID();
        List<Long> stopNanos = new CopyOnWriteArrayList<>();
        AtomicInteger predictions = new AtomicInteger();
        double[] millis = new double[plan.restarts()];
        try (LoopbackPusher pusher = new LoopbackPusher(backend.outlet(stream(sid)), RATE_HZ, CHANNELS.size(),
                plan.outlet().cadence());
             LslSource source = LslSource.open(backend, "source_id='" + sid + "'", Duration.ofSeconds(10));
             Progress progress = Progress.start("bench live", plan.restarts(), "restarts")) {
            SessionRunner runner = new SessionRunner(SessionPlan.builder().setSource(source)
                    .setDecoder(fittedOnNoise())
                    .optPolicy(new PolicySettings(0.5, 1, 0, "rest"))
                    .optOutput(SessionOutput.sink(context -> command -> {
                        if (command.name().equals(ControlPolicy.STOP)) {
                            stopNanos.add(System.nanoTime());
                        }
                    }))
                    .optOutput(SessionOutput.listener(context -> new SessionListener() {
                        @Override
                        public void onPrediction(Prediction prediction) {
                            predictions.incrementAndGet();
                        }
                    }))
                    .build());
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread session = new Thread(() -> {
                try {
                    outcome.set(runner.run());
                } catch (Exception e) {
                    outcome.set(e);
                }
            }, "bench-live-session");
            session.start();
            for (int k = 0; k < plan.restarts(); k++) {
                int before = predictions.get();
                await(() -> predictions.get() >= before + 4, "decisions before kill " + (k + 1), outcome);
                // a loss soon after a (re)connection meets the outlet's bound; a steady one its learnt timeout
                Thread.sleep(SETTLE.toMillis());
                int stopsBefore = stopNanos.size();
                LslOutlet killed = pusher.kill();
                long lastSample = pusher.lastPushNanos();
                killed.close();
                await(() -> stopNanos.size() > stopsBefore, "stop after kill " + (k + 1), outcome);
                millis[k] = (stopNanos.get(stopsBefore) - lastSample) / 1e6;
                Thread.sleep((long) (plan.pauseSeconds() * 1000));
                pusher.restart(backend.outlet(stream(sid)));
                progress.step();
            }
            int before = predictions.get();
            await(() -> predictions.get() >= before + 4, "decisions after the last restart", outcome);
            runner.interrupt("benchmark over");
            session.join(AWAIT.toMillis());
            if (!(outcome.get() instanceof SessionResult result)) {
                throw new IllegalStateException("the benchmark session failed: " + outcome.get());
            }
            return new Result(Summary.of(millis), result);
        }
    }

    private static LslStreamInfo stream(String sourceId) {
        return LslStreamInfo.create("AttendBenchLive", "EEG", CHANNELS.size(), ChannelFormat.FLOAT32, RATE_HZ,
                sourceId).withChannels(CHANNELS, "microvolts", "EEG");
    }

    /**
     * A {@code csp-lda} decoder on C3 and C4 fitted on noise (one class a little louder in each channel): a real
     * decoder whose predictions do not matter, only its windows and its time.
     */
    public static Decoder fittedOnNoise() {
        return fittedOnNoise(List.of("C3", "C4"), RATE_HZ);
    }

    /** {@link #fittedOnNoise()} on two other channels at another rate. */
    public static Decoder fittedOnNoise(List<String> channels, double rateHz) {
        Random random = new Random(7);
        int n = 40;
        int samples = (int) (WINDOW_SECONDS * rateHz);
        float[][][] data = new float[n][2][samples];
        int[] labels = new int[n];
        for (int e = 0; e < n; e++) {
            labels[e] = e % 2;
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < samples; i++) {
                    data[e][c][i] = (float) random.nextGaussian() * (1 + (labels[e] == c ? 1 : 0));
                }
            }
        }
        List<String> classes = List.of("left", "right");
        Decoder decoder = Decoders.create("csp-lda", new InputContract(channels, rateHz, WINDOW_SECONDS, 8, 30,
                classes));
        decoder.fit(new LabeledEpochs(data, labels, classes, channels, rateHz));
        return decoder;
    }

    private static void await(BooleanSupplier condition, String what, AtomicReference<Object> outcome)
            throws InterruptedException {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || outcome.get() != null) {
                throw new IllegalStateException(what + " did not come within " + AWAIT.toSeconds() + " s; session: "
                        + outcome.get());
            }
            Thread.sleep(2);
        }
    }
}
