package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.attend.lsl.ChannelFormat;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslBackends;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench lsl}: outlet → inlet on loopback in one process. Latency: one sample per push at the
 * nominal rate, measured as the inlet's clock at pull minus the sample's push timestamp (as the liblsl
 * reference figure in ../shared/lsl/README.md). Throughput: samples pushed as fast as possible, one per push
 * and in chunks, until the inlet has them all. With {@code --lsl-backend auto} (the default) and liblsl installed,
 * the pure-Java backend and liblsl run alternately in the same process, {@code --runs} times each, and the medians
 * of the runs are printed side by side.
 */
@Command(name = "lsl", mixinStandardHelpOptions = true,
        description = "LSL outlet -> inlet latency (p50/p99) at a fixed rate and throughput at maximum rate; "
                + "java and native (liblsl) side by side when liblsl is installed.")
public final class BenchLslCommand implements Callable<Integer> {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Mixin
    LslBackendOption backendOption;

    @Mixin
    QuietOption quiet;

    @Option(names = "--channels", defaultValue = "64", description = "Channels (float32), default ${DEFAULT-VALUE}.")
    int channels;

    @Option(names = "--rate", defaultValue = "1000", description = "Rate of the latency run, Hz, default ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--samples", defaultValue = "10000", description = "Samples measured, default ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--warmup", defaultValue = "2000",
            description = "Paced samples discarded before the measured ones, default ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--throughput-samples", defaultValue = "200000",
            description = "Samples of each throughput run, default ${DEFAULT-VALUE}.")
    int throughputSamples;

    @Option(names = "--runs", defaultValue = "3",
            description = "Runs per backend, alternating between backends; medians over runs, default "
                    + "${DEFAULT-VALUE}.")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One run of one backend. */
    private record Figures(double loadAverage, double p50, double p99, double max, double perPush1,
                           double perPush32) {
    }

    @Override
    public Integer call() throws Exception {
        if (channels < 1 || rate <= 0 || samples < 1 || warmup < 0 || throughputSamples < 1 || runs < 1) {
            throw new IllegalArgumentException("channels, rate, samples, runs and throughput samples must be "
                    + "positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> modes = backendModes();
        List<String> names = new ArrayList<>();
        List<List<Figures>> figures = new ArrayList<>();
        for (String mode : modes) {
            figures.add(new ArrayList<>());
        }
        out.printf(Locale.ROOT, "%d ch float32, latency at %.0f Hz over %d samples after %d warm-up, throughput "
                + "over %d samples; %d run(s) per backend, alternating; %d cores%n", channels, rate, samples, warmup,
                throughputSamples, runs, Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            for (int b = 0; b < modes.size(); b++) {
                try (LslBackend backend = LslBackends.select(modes.get(b))) {
                    if (names.size() <= b) {
                        names.add(backend.name());
                    }
                    Figures f = measure(backend);
                    figures.get(b).add(f);
                    out.printf(Locale.ROOT, "run %d %-22s load %4.1f  p50 %7.1f us  p99 %7.1f us  max %8.1f us  "
                            + "1/push %7.0f /s  32/push %7.0f /s%n", run, backend.name(), f.loadAverage(),
                            f.p50() * 1e6, f.p99() * 1e6, f.max() * 1e6, f.perPush1(), f.perPush32());
                    out.flush();
                }
            }
        }
        summary(out, names, figures);
        out.flush();
        return 0;
    }

    /**
     * The backends to run: both when {@code --lsl-backend auto} finds liblsl (the Java one first in each round),
     * else the one asked for.
     */
    private List<String> backendModes() {
        String mode = backendOption.mode.toLowerCase(Locale.ROOT);
        if (mode.equals("auto")) {
            return LslBackends.locate(LslBackends.LIBRARY).isPresent() ? List.of("java", "native") : List.of("java");
        }
        return List.of(mode);
    }

    private void summary(PrintWriter out, List<String> names, List<List<Figures>> figures) {
        out.printf(Locale.ROOT, "%nmedian of %d run(s)      ", runs);
        for (String name : names) {
            out.printf(Locale.ROOT, "%24s", name);
        }
        out.println();
        String[] rows = {"latency p50 (us)", "latency p99 (us)", "latency max (us)", "throughput 1/push (/s)",
                "throughput 32/push (/s)"};
        for (int r = 0; r < rows.length; r++) {
            out.printf(Locale.ROOT, "%-25s", rows[r]);
            for (List<Figures> runsOfOne : figures) {
                int row = r;
                double[] values = runsOfOne.stream().mapToDouble(f -> switch (row) {
                    case 0 -> f.p50() * 1e6;
                    case 1 -> f.p99() * 1e6;
                    case 2 -> f.max() * 1e6;
                    case 3 -> f.perPush1();
                    default -> f.perPush32();
                }).sorted().toArray();
                out.printf(Locale.ROOT, "%24.1f", median(values));
            }
            out.println();
        }
    }

    /** Throughput first (it also brings the JIT to its steady state), then the paced latency run. */
    private Figures measure(LslBackend backend) throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double perPush1 = throughput(backend, 1);
        double perPush32 = throughput(backend, 32);
        double[] lat = latency(backend);
        Arrays.sort(lat);
        return new Figures(load, pct(lat, 50), pct(lat, 99), lat[lat.length - 1], perPush1, perPush32);
    }

    private LslStreamInfo spec(String what) {
        return LslStreamInfo.create("bench-" + what, "EEG", channels, ChannelFormat.FLOAT32, rate,
                "attend-bench-" + UUID.randomUUID());
    }

    private LslInlet connect(LslBackend backend, LslOutlet outlet) throws IOException, InterruptedException {
        List<LslStreamInfo> found = backend.resolve("source_id='" + outlet.info().sourceId() + "'", 1, WAIT);
        if (found.isEmpty()) {
            throw new IOException("benchmark outlet not resolvable on this machine (check LSLAPICFG)");
        }
        LslInlet inlet = backend.inlet(found.get(0), new InletOptions(Math.max(360, throughputSamples / rate), 0,
                false));
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
             Progress bar = Progress.start("bench lsl latency", warmup + samples, "samples")) {
            paced(outlet, inlet, warmup, bar, 0);
            System.gc();
            return paced(outlet, inlet, samples, bar, warmup);
        }
    }

    /** Pushes {@code count} samples at the nominal rate from another thread and times each one's pull. */
    private double[] paced(LslOutlet outlet, LslInlet inlet, int count, Progress bar, int done) throws Exception {
        Thread pusher = new Thread(() -> {
            long period = (long) (1e9 / rate);
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                // sleep rather than spin: on a 2-core machine a spinning pusher steals the CPU the
                // outlet's and inlet's threads need
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                float[] v = new float[channels];
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
            float[][] pool = new float[chunk][channels];
            List<Object> block = new ArrayList<>(Arrays.asList((Object[]) pool));
            long start = System.nanoTime();
            Thread pusher = new Thread(() -> {
                for (int i = 0; i < throughputSamples; i += chunk) {
                    if (chunk == 1) {
                        outlet.pushSample(pool[0], 0.0, true);
                    } else {
                        outlet.pushChunk(block, 0.0);
                    }
                }
            }, "bench-pusher");
            pusher.start();
            int expected = (throughputSamples + chunk - 1) / chunk * chunk;
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

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
