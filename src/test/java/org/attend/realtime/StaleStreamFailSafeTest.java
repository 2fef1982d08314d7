package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.attend.bench.LiveBench;
import org.attend.bench.LoopbackPusher;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.control.PolicySettings;
import org.attend.lsl.JavaBackend;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.source.LslSource;
import org.attend.stream.ChannelFormat;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fail-safe against a real LSL stream whose outlet (the project's Java outlet, on loopback) is killed and
 * restarted 20 times in one session: every output gets {@code stop} after the last sample pushed, once per stale
 * period, windows restart after each gap, and threads and heap do not grow with the restarts. How soon the stop
 * comes (the 250 ms budget) is measured by {@code attend bench live} ({@link LiveBench}); the watchdog's timing is
 * tested exactly on a fake clock ({@link StreamWatchdogTest}).
 */
@Timeout(240)
class StaleStreamFailSafeTest {

    private static final double RATE = LiveBench.RATE_HZ;
    // 31.25 ms chunks (LiveBench.CHUNK_SAMPLES): the derived stale timeout is 3 x 31.25 = 94 ms
    private static final double WINDOW_SECONDS = LiveBench.WINDOW_SECONDS;
    private static final int RESTARTS = 20;

    /** A command sink that notes when each command arrived. */
    static final class TimedSink implements CommandSink {
        final List<long[]> stops = new CopyOnWriteArrayList<>();
        final List<String> commands = new CopyOnWriteArrayList<>();

        @Override
        public void accept(Command command) {
            commands.add(command.name());
            if (command.name().equals(ControlPolicy.STOP)) {
                stops.add(new long[] {System.nanoTime()});
            }
        }
    }

    /** Sees what the processing thread sees. */
    static final class Observer implements SessionListener {
        final List<Double> predictionTimes = new CopyOnWriteArrayList<>();
        private double[] times = new double[1 << 14];
        private int sampleCount;
        final List<StreamState> states = new CopyOnWriteArrayList<>();

        @Override
        public void onChunk(Chunk raw, List<Marker> markers) {
            synchronized (this) {
                if (sampleCount + raw.sampleCount() > times.length) {
                    times = Arrays.copyOf(times, times.length * 2);
                }
                System.arraycopy(raw.timestamps(), 0, times, sampleCount, raw.sampleCount());
                sampleCount += raw.sampleCount();
            }
        }

        @Override
        public void onPrediction(Prediction prediction) {
            predictionTimes.add(prediction.sourceTime());
        }

        @Override
        public void onHealth(StreamHealth health) {
            if (states.isEmpty() || states.get(states.size() - 1) != health.state()) {
                states.add(health.state());
            }
        }

        synchronized double[] sampleTimes() {
            return Arrays.copyOf(times, sampleCount);
        }

        long count(StreamState state) {
            return states.stream().filter(s -> s == state).count();
        }
    }

    private static void await(BooleanSupplier condition, long millis, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(2);
        }
    }

    private static String dump() {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, st) -> {
            if (t.getName().startsWith("attend") || t.getName().startsWith("test")) {
                b.append("\n").append(t.getName()).append(" ").append(t.getState());
                for (StackTraceElement e : st) {
                    b.append("\n   ").append(e);
                }
            }
        });
        return b.toString();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void everyOutputGetsStopAfterTheLastSampleOverTwentyRestarts() throws Exception {
        JavaBackend backend = new JavaBackend(TestFiles.loopbackLsl());
        String sid = "failsafe-" + UUID.randomUUID();
        LslStreamInfo spec = stream(sid);
        TimedSink first = new TimedSink();
        TimedSink second = new TimedSink();
        Observer observer = new Observer();
        long[] latencies = new long[RESTARTS];
        try (LoopbackPusher pusher = new LoopbackPusher(backend.outlet(spec), RATE, LiveBench.CHUNK_SAMPLES,
                LiveBench.CHANNELS.size());
             LslSource source = LslSource.open(backend, "source_id='" + sid + "'", Duration.ofSeconds(10))) {
            SessionRunner runner = new SessionRunner(SessionPlan.builder().setSource(source)
                    .setDecoder(LiveBench.fittedOnNoise())
                    .optPolicy(new PolicySettings(0.5, 1, 0, "rest"))
                    .optOutput(SessionOutput.sink(context -> first))
                    .optOutput(SessionOutput.sink(context -> second))
                    .optOutput(SessionOutput.listener(context -> observer))
                    .build());
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread session = new Thread(() -> {
                try {
                    outcome.set(runner.run());
                } catch (Exception e) {
                    outcome.set(e);
                }
            }, "test-session");
            session.start();
            int kills = 0;
            int threadsAtStart = 0;
            long heapAtStart = 0;
            for (int c = 0; c < RESTARTS; c++) {
                int cycle = c;
                int before = observer.predictionTimes.size();
                await(() -> observer.predictionTimes.size() >= before + 4, 20_000,
                        () -> "decisions resume, cycle " + cycle + ": session " + outcome.get());
                if (cycle == 2) {
                    threadsAtStart = ManagementFactory.getThreadMXBean().getThreadCount();
                    heapAtStart = usedHeapAfterGc();
                }
                int stopsBefore = first.stops.size();
                LslOutlet killed = pusher.kill();
                long lastSample = pusher.lastPushNanos();
                killed.close();
                await(() -> first.stops.size() > stopsBefore && second.stops.size() > stopsBefore, 5_000,
                        () -> "stop, cycle " + cycle + ": session " + outcome.get() + ", states " + observer.states + dump());
                // the stop that followed the kill; a stall of the stream before it may have stopped it already
                latencies[cycle] = Math.max(first.stops.get(stopsBefore)[0], second.stops.get(stopsBefore)[0])
                        - lastSample;
                assertTrue(latencies[cycle] > 0, "no stop between the last sample and the kill");
                kills++;
                Thread.sleep(300); // the outlet stays away, then a new instance of the same source comes back
                pusher.restart(backend.outlet(stream(sid)));
            }
            int before = observer.predictionTimes.size();
            await(() -> observer.predictionTimes.size() >= before + 4, 20_000,
                    () -> "decisions after the last restart: session " + outcome.get());
            int threadsAtEnd = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapAtEnd = usedHeapAfterGc();
            runner.interrupt("test over");
            session.join(5_000);
            assertTrue(outcome.get() instanceof SessionResult, "session ended cleanly: " + outcome.get());
            SessionResult result = (SessionResult) outcome.get();

            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "stop after the last sample over %d restarts: median %.1f ms, max %.1f ms;"
                    + " stale periods %d; threads %d -> %d, heap %.1f -> %.1f MB%n", RESTARTS, sorted[RESTARTS / 2] / 1e6,
                    sorted[RESTARTS - 1] / 1e6, result.engine().signalLosses(), threadsAtStart, threadsAtEnd,
                    heapAtStart / 1e6, heapAtEnd / 1e6);
            assertTrue(threadsAtEnd <= threadsAtStart + 2, "threads " + threadsAtStart + " -> " + threadsAtEnd);
            assertTrue(heapAtEnd - heapAtStart < 32_000_000L, "heap " + heapAtStart + " -> " + heapAtEnd);
            // a loaded machine may stall the stream beyond the stale timeout between kills too: at least one
            // stale period per kill, each reported, each ended by a recovery, and every output told the same
            long stale = result.engine().signalLosses();
            assertEquals(RESTARTS, kills);
            assertTrue(stale >= RESTARTS, "a stale period per kill, got " + stale);
            assertEquals(stale, observer.count(StreamState.STALE));
            assertEquals(stale, observer.count(StreamState.RECOVERED));
            assertTrue(observer.count(StreamState.LOST) >= RESTARTS - 2, "kills of 0.3 s or more are losses: "
                    + observer.states);
            assertEquals(StreamState.CONNECTED, observer.states.get(0));
            assertEquals(first.commands, second.commands);
            assertEquals(stale + 1, first.stops.size(), "a stop per stale period and one when the session stopped");
            assertNoWindowSpansAGap(observer);
        }
    }

    private static LslStreamInfo stream(String sourceId) {
        return LslStreamInfo.create("FailSafe", "EEG", 3, ChannelFormat.FLOAT32, RATE, sourceId)
                .withChannels(LiveBench.CHANNELS, "microvolts", "EEG");
    }

    /** Every window holds only samples after the latest gap: at least a window's samples since it. */
    private static void assertNoWindowSpansAGap(Observer observer) {
        double[] times = observer.sampleTimes();
        int windowSamples = (int) Math.round(WINDOW_SECONDS * RATE);
        List<Integer> gapStarts = new ArrayList<>();
        for (int i = 1; i < times.length; i++) {
            if (times[i] - times[i - 1] > 0.2) { // the pusher stamps chunks when it sends them: jitter is no gap
                gapStarts.add(i);
            }
        }
        assertTrue(gapStarts.size() >= RESTARTS, "the samples show a gap per restart: " + gapStarts.size());
        int end = 0;
        for (double t : observer.predictionTimes) {
            while (end < times.length && times[end] != t) {
                end++; // windows come in order: find the sample each one ends on
            }
            assertTrue(end < times.length, "a window ends on a sample");
            int resumed = 0;
            for (int g : gapStarts) {
                if (g <= end) {
                    resumed = g;
                }
            }
            assertTrue(end - resumed + 1 >= windowSamples, String.format(Locale.ROOT,
                    "window ending at %.4f s holds %d samples after the gap at %.4f s", t, end - resumed + 1,
                    times[resumed]));
        }
    }
}
