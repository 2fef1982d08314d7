package org.attend.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslBackends;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.progress.Progress;
import org.attend.stream.Summary;

/**
 * Outlet → inlet on loopback in one process. Latency: one sample per push at the nominal rate, measured as the
 * inlet's clock at pull minus the sample's push timestamp (as the liblsl reference figure in
 * ../shared/lsl/README.md). Throughput: samples pushed as fast as possible, one per push and in chunks of 32,
 * until the inlet has them all. Several backends run alternately, {@link Plan#runs()} times each.
 */
public final class LslBench {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /**
     * What to measure.
     *
     * @param backends          backend modes ({@code java}, {@code native}) run alternately in each round
     * @param channels          float32 channels
     * @param rateHz            rate of the latency run
     * @param samples           samples measured in the latency run
     * @param warmup            paced samples discarded before the measured ones
     * @param throughputSamples samples of each throughput run
     * @param runs              runs per backend
     */
    public record Plan(List<String> backends, int channels, double rateHz, int samples, int warmup,
                       int throughputSamples, int runs) {
        public Plan {
            if (channels < 1 || rateHz <= 0 || samples < 1 || warmup < 0 || throughputSamples < 1 || runs < 1) {
                throw new IllegalArgumentException("channels, rate, samples, runs and throughput samples must be "
                        + "positive");
            }
            backends = List.copyOf(backends);
        }
    }

    /**
     * One run of one backend.
     *
     * @param loadAverage                 the system load average when it started
     * @param latencySeconds              push to pull of each measured sample
     * @param samplesPerSecondOnePerPush  throughput pushing one sample at a time
     * @param samplesPerSecondChunked     throughput pushing chunks of 32
     */
    public record Run(double loadAverage, Summary latencySeconds, double samplesPerSecondOnePerPush,
                      double samplesPerSecondChunked) {
    }

    /** The runs of one backend, in order. */
    public record BackendRuns(String name, List<Run> runs) {
    }

    /** Told of each run as it ends, for progress output. */
    @FunctionalInterface
    public interface Listener {
        /** Run {@code round} (from 1) of backend {@code name} measured {@code run}. */
        void ran(int round, String name, Run run);
    }

    private final Plan plan;

    private LslBench(Plan plan) {
        this.plan = plan;
    }

    /**
     * The backends {@code --lsl-backend mode} asks for: both (java first) for {@code auto} when liblsl is
     * installed, java alone for {@code auto} without it, else the one named.
     */
    public static List<String> backendModes(String mode) {
        if (mode.equals("auto")) {
            return LslBackends.locate(LslBackends.LIBRARY).isPresent() ? List.of("java", "native") : List.of("java");
        }
        return List.of(mode);
    }

    /** Runs the plan: in each round every backend once, throughput first, then the paced latency run. */
    public static List<BackendRuns> run(Plan plan, Listener listener) throws Exception {
        LslBench bench = new LslBench(plan);
        List<String> names = new ArrayList<>();
        List<List<Run>> runs = new ArrayList<>();
        for (int b = 0; b < plan.backends().size(); b++) {
            runs.add(new ArrayList<>());
        }
        for (int round = 1; round <= plan.runs(); round++) {
            for (int b = 0; b < plan.backends().size(); b++) {
                try (LslBackend backend = LslBackends.select(plan.backends().get(b))) {
                    if (names.size() <= b) {
                        names.add(backend.name());
                    }
                    Run run = bench.measure(backend);
                    runs.get(b).add(run);
                    listener.ran(round, backend.name(), run);
                }
            }
        }
        List<BackendRuns> result = new ArrayList<>();
        for (int b = 0; b < names.size(); b++) {
            result.add(new BackendRuns(names.get(b), List.copyOf(runs.get(b))));
        }
        return result;
    }

    /** Throughput first (it also brings the JIT to its steady state), then the paced latency run. */
    private Run measure(LslBackend backend) throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double perPush1 = throughput(backend, 1);
        double perPush32 = throughput(backend, 32);
        return new Run(load, Summary.of(latency(backend)), perPush1, perPush32);
    }

    private LslStreamInfo spec(String what) {
        return LslStreamInfo.create("bench-" + what, "EEG", plan.channels(), ChannelFormat.FLOAT32, plan.rateHz(),
                "attend-bench-" + UUID.randomUUID());
    }

    private LslInlet connect(LslBackend backend, LslOutlet outlet) throws IOException, InterruptedException {
        List<LslStreamInfo> found = backend.resolve("source_id='" + outlet.info().sourceId() + "'", 1, WAIT);
        if (found.isEmpty()) {
            throw new IOException("benchmark outlet not resolvable on this machine (check LSLAPICFG)");
        }
        LslInlet inlet = backend.inlet(found.get(0), new InletOptions(Math.max(360,
                plan.throughputSamples() / plan.rateHz()), 0, false));
        inlet.open(WAIT);
        long end = System.nanoTime() + WAIT.toNanos();
        while (outlet.consumerCount() == 0 && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        return inlet;
    }

    /**
     * Seconds from push to pull of each measured sample: a warm-up pass (JIT), a collection so the measured
     * pass starts with an empty young generation, then the measured pass on the same connection.
     */
    private double[] latency(LslBackend backend) throws Exception {
        try (LslOutlet outlet = backend.outlet(spec("latency"));
             LslInlet inlet = connect(backend, outlet);
             Progress bar = Progress.start("bench lsl latency", plan.warmup() + plan.samples(), "samples")) {
            paced(outlet, inlet, plan.warmup(), bar, 0);
            System.gc();
            return paced(outlet, inlet, plan.samples(), bar, plan.warmup());
        }
    }

    /** Pushes {@code count} samples at the nominal rate from another thread and times each one's pull. */
    private double[] paced(LslOutlet outlet, LslInlet inlet, int count, Progress bar, int done) throws Exception {
        Thread pusher = new Thread(() -> {
            long period = (long) (1e9 / plan.rateHz());
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                // sleep rather than spin: on a 2-core machine a spinning pusher steals the CPU the
                // outlet's and inlet's threads need
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                float[] v = new float[plan.channels()];
                v[0] = i;
                outlet.pushSample(v, LslClock.now(), true);
                next += period;
            }
        }, "bench-pusher");
        pusher.start();
        double[] lat = new double[count];
        for (int i = 0; i < count; i++) {
            LslSample s = inlet.pull(WAIT);
            double now = LslClock.now();
            if (s == null) {
                throw new IOException("sample " + i + " did not arrive within " + WAIT.toSeconds() + " s");
            }
            lat[i] = now - s.timestamp();
            if (i % 500 == 0) {
                bar.stepTo(done + i);
            }
        }
        bar.stepTo(done + count);
        pusher.join();
        return lat;
    }

    /** Samples per second from the first push until the inlet has received the last. */
    private double throughput(LslBackend backend, int chunk) throws Exception {
        try (LslOutlet outlet = backend.outlet(spec("throughput"));
             LslInlet inlet = connect(backend, outlet)) {
            float[][] pool = new float[chunk][plan.channels()];
            List<Object> block = new ArrayList<>(Arrays.asList((Object[]) pool));
            long start = System.nanoTime();
            Thread pusher = new Thread(() -> {
                for (int i = 0; i < plan.throughputSamples(); i += chunk) {
                    if (chunk == 1) {
                        outlet.pushSample(pool[0], 0.0, true);
                    } else {
                        outlet.pushChunk(block, 0.0);
                    }
                }
            }, "bench-pusher");
            pusher.start();
            int expected = (plan.throughputSamples() + chunk - 1) / chunk * chunk;
            int got = 0;
            while (got < expected) {
                LslSample s = inlet.pull(WAIT);
                if (s == null) {
                    throw new IOException("throughput run stalled after " + got + " samples");
                }
                got += 1 + inlet.pullAvailable(Integer.MAX_VALUE).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pusher.join();
            return got / seconds;
        }
    }
}
