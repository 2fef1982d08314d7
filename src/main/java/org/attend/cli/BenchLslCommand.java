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
 * and in chunks, until the inlet has them all.
 */
@Command(name = "lsl", mixinStandardHelpOptions = true,
        description = "LSL outlet -> inlet latency (p50/p99) at a fixed rate and throughput at maximum rate.")
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

    @Option(names = "--warmup", defaultValue = "1000", description = "Samples discarded first, default ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--throughput-samples", defaultValue = "200000",
            description = "Samples of each throughput run, default ${DEFAULT-VALUE}.")
    int throughputSamples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (channels < 1 || rate <= 0 || samples < 1 || warmup < 0 || throughputSamples < 1) {
            throw new IllegalArgumentException("channels, rate, samples and throughput samples must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LslBackend backend = backendOption.open()) {
            // the tail latency on a shared machine measures its scheduler: print the load with the figures
            out.printf(Locale.ROOT, "backend %s, %d ch float32, %d cores, load average %.1f%n", backend.name(),
                    channels, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            double[] lat = latency(backend);
            Arrays.sort(lat);
            out.printf(Locale.ROOT, "latency @ %.0f Hz, 1 sample/push, %d samples: p50 %.1f us, p99 %.1f us, "
                    + "max %.1f us%n", rate, lat.length, pct(lat, 50) * 1e6, pct(lat, 99) * 1e6, lat[lat.length - 1] * 1e6);
            for (int chunk : new int[] {1, 32}) {
                double perSecond = throughput(backend, chunk);
                out.printf(Locale.ROOT, "throughput, %d sample(s)/push: %.0f samples/s (%.1f MB/s of values)%n", chunk,
                        perSecond, perSecond * channels * 4 / 1e6);
            }
        }
        out.flush();
        return 0;
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

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
