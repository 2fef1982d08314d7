package org.attend.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attend.control.ControlPolicy;
import org.attend.control.PolicySettings;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslStreamInfo;
import org.attend.progress.Progress;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.source.LslPlayer;
import org.attend.source.LslSource;
import org.attend.stream.ChannelFormat;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;

/**
 * Healthy but bursty outlets on loopback LSL, each decoded by a live session while other threads keep every core
 * busy: how many times a session took a healthy stream for a lost one (a false stale event, which sends
 * {@code stop} to every output). The outlets are those of issue 23: a peer pushing one chunk every 250 ms, one
 * pushing jittered bursts (1–3 chunks every 50–150 ms, about 20 chunks a second), and {@code attend lsl send} of a
 * recording (looped). The target is none.
 */
public final class StaleSoak {

    /** The slow peer: one chunk every 250 ms (4 chunks a second). */
    public static final double SLOW_PEER_SECONDS = 0.25;
    /** The jittered peer's bursts: every 50–150 ms, of 1–3 chunks. */
    public static final double BURST_MIN_SECONDS = 0.05;
    public static final double BURST_MAX_SECONDS = 0.15;
    public static final int BURST_MAX_CHUNKS = 3;

    private static final Duration RESOLVE = Duration.ofSeconds(10);

    /**
     * What to run.
     *
     * @param seconds     how long every outlet streams, wall clock
     * @param busyThreads threads spinning meanwhile ({@link BusyCores})
     * @param recording   a recording published as {@code attend lsl send} does, looped; null for the two peers only
     */
    public record Plan(double seconds, int busyThreads, Path recording) {
        public Plan {
            if (!(seconds > 0) || busyThreads < 0) {
                throw new IllegalArgumentException("a soak needs a positive duration and >= 0 busy threads");
            }
        }
    }

    /**
     * How one outlet's session went.
     *
     * @param outlet      which outlet
     * @param chunks      chunks the session received
     * @param staleEvents times the session found the stream stale (each a false one: the outlet never stopped)
     * @param stops       {@code stop} commands the outputs received before the soak ended
     * @param session     the session's result
     */
    public record Outcome(String outlet, long chunks, long staleEvents, long stops, SessionResult session) {
    }

    /** Every outlet's outcome, with the number of threads that kept the cores busy. */
    public record Result(List<Outcome> outcomes, int busyThreads, double seconds) {
        /** False stale events over every outlet. */
        public long staleEvents() {
            return outcomes.stream().mapToLong(Outcome::staleEvents).sum();
        }
    }

    private StaleSoak() {
    }

    /** Runs every outlet of the plan at once, each with its own session, for the plan's duration. */
    public static Result run(Plan plan, LslBackend backend) throws Exception {
        List<Soaked> soaked = new ArrayList<>();
        try (BusyCores busy = new BusyCores(plan.busyThreads())) {
            try {
                soaked.add(peer(backend, "peer: a chunk every 250 ms",
                        LoopbackPusher.Cadence.steady(SLOW_PEER_SECONDS)));
                soaked.add(peer(backend, "peer: jittered bursts, 1-3 chunks every 50-150 ms",
                        LoopbackPusher.Cadence.jitteredBursts(BURST_MIN_SECONDS, BURST_MAX_SECONDS, BURST_MAX_CHUNKS)));
                if (plan.recording() != null) {
                    soaked.add(send(backend, Recordings.read(plan.recording())));
                }
                long seconds = (long) Math.ceil(plan.seconds());
                long end = System.nanoTime() + (long) (plan.seconds() * 1e9);
                try (Progress progress = Progress.start("bench live --soak", seconds, "s")) {
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        Thread.sleep(Math.min(1000, (end - now) / 1_000_000 + 1));
                        for (Soaked s : soaked) {
                            s.requireRunning();
                        }
                        progress.stepTo(seconds - Math.max(0, (end - System.nanoTime()) / 1_000_000_000L));
                    }
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (Soaked s : soaked) {
                    outcomes.add(s.finish());
                }
                return new Result(outcomes, busy.count(), plan.seconds());
            } finally {
                for (Soaked s : soaked) {
                    s.close();
                }
            }
        }
    }

    private static Soaked peer(LslBackend backend, String name, LoopbackPusher.Cadence cadence) throws Exception {
        String sid = "attend-bench-soak-" + UUID.randomUUID();
        LslStreamInfo info = LslStreamInfo.create("AttendBenchSoak", "EEG", LiveBench.CHANNELS.size(),
                ChannelFormat.FLOAT32, LiveBench.RATE_HZ, sid).withChannels(LiveBench.CHANNELS, "microvolts", "EEG");
        LoopbackPusher pusher = new LoopbackPusher(backend.outlet(info), LiveBench.RATE_HZ, LiveBench.CHANNELS.size(),
                cadence);
        try {
            return new Soaked(name, LslSource.open(backend, "source_id='" + sid + "'", RESOLVE), pusher, null);
        } catch (Exception e) {
            pusher.close();
            throw e;
        }
    }

    private static Soaked send(LslBackend backend, Recording recording) throws Exception {
        String name = "AttendBenchSoakSend-" + UUID.randomUUID();
        LslPlayer player = new LslPlayer(backend, recording, name);
        Thread playing = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    player.play(() -> Thread.currentThread().isInterrupted(), sent -> { });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-soak-send");
        playing.setDaemon(true);
        playing.start();
        try {
            return new Soaked("lsl send " + recording.source().getFileName() + " (looped)",
                    LslSource.open(backend, "name='" + name + "'", RESOLVE), player, playing);
        } catch (Exception e) {
            playing.interrupt();
            playing.join();
            player.close();
            throw e;
        }
    }

    /** One outlet, its session on its own thread, and what the session's outputs received. */
    private static final class Soaked implements AutoCloseable {
        private final String name;
        private final LslSource source;
        private final AutoCloseable outlet;
        private final Thread playing;
        private final SessionRunner runner;
        private final AtomicLong stops = new AtomicLong();
        private final AtomicLong chunks = new AtomicLong();
        private final AtomicReference<Object> outcome = new AtomicReference<>();
        private final Thread session;

        Soaked(String name, LslSource source, AutoCloseable outlet, Thread playing) {
            this.name = name;
            this.source = source;
            this.outlet = outlet;
            this.playing = playing;
            List<String> channels = source.info().channels().labels().subList(0, 2);
            this.runner = new SessionRunner(SessionPlan.builder().setSource(source)
                    .setDecoder(LiveBench.fittedOnNoise(channels, source.info().sampleRateHz()))
                    .optPolicy(new PolicySettings(0.5, 1, 0, "rest"))
                    .optOutput(SessionOutput.sink(context -> command -> {
                        if (command.name().equals(ControlPolicy.STOP)) {
                            stops.incrementAndGet();
                        }
                    }))
                    .optOutput(SessionOutput.listener(context -> new SessionListener() {
                        @Override
                        public void onChunk(Chunk raw, List<Marker> markers) {
                            chunks.incrementAndGet();
                        }
                    }))
                    .build());
            this.session = new Thread(() -> {
                try {
                    outcome.set(runner.run());
                } catch (Exception e) {
                    outcome.set(e);
                }
            }, "bench-soak-session");
            session.start();
        }

        void requireRunning() {
            if (outcome.get() != null) {
                throw new IllegalStateException(name + ": the session ended early: " + outcome.get());
            }
        }

        Outcome finish() throws InterruptedException {
            long stopsBefore = stops.get(); // the interruption's own stop is not a stale event
            runner.interrupt("soak over");
            session.join(RESOLVE.toMillis());
            if (!(outcome.get() instanceof SessionResult result)) {
                throw new IllegalStateException(name + ": the session failed: " + outcome.get());
            }
            return new Outcome(name, chunks.get(), result.engine().signalLosses(), stopsBefore, result);
        }

        @Override
        public void close() throws Exception {
            runner.interrupt("soak over");
            session.join(RESOLVE.toMillis());
            if (playing != null) {
                playing.interrupt();
                playing.join(RESOLVE.toMillis());
            }
            try {
                outlet.close();
            } finally {
                source.close();
            }
        }
    }
}
