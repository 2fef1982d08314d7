package org.attend.cli;

import ai.djl.Device;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.NnBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attend bench nn}: {@link NnBench}, its flags and its tables. */
@Command(name = "nn", mixinStandardHelpOptions = true,
        description = "Latency (p50/p99) of the attend network at batch 1, training time per epoch against "
                + "PyTorch, and live decision latency at real-time pace.")
public final class BenchNnCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SignalShapeOption signal = new SignalShapeOption(64, 160);

    @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "3",
            description = "window, s (default ${DEFAULT-VALUE})")
    double windowSeconds;

    @Option(names = "--iterations", defaultValue = "2000", description = "timed windows per case (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--warmup", defaultValue = "300", description = "untimed windows first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--train-windows", paramLabel = "N", defaultValue = "432",
            description = "training windows per epoch (default ${DEFAULT-VALUE}: the first shipped model's split)")
    int trainWindows;

    @Option(names = "--train-epochs", paramLabel = "N", defaultValue = "3",
            description = "timed training epochs (default ${DEFAULT-VALUE})")
    int trainEpochs;

    @Option(names = "--pytorch", paramLabel = "SCRIPT", defaultValue = "docs/validation/attendnet_torch.py",
            description = "PyTorch script of the same network, run with --python; 'none' skips it "
                    + "(default ${DEFAULT-VALUE})")
    String pytorchScript;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "Python with torch (default ${DEFAULT-VALUE}: Debian's python3-torch)")
    String python;

    @Option(names = "--hop", paramLabel = "SECONDS", defaultValue = "0.125",
            description = "live: seconds between decisions (default ${DEFAULT-VALUE})")
    double hopSeconds;

    @Option(names = "--live-seconds", paramLabel = "SECONDS", defaultValue = "60",
            description = "live: seconds of paced decisions (default ${DEFAULT-VALUE})")
    double liveSeconds;

    @Mixin
    NnRuntimeOptions runtime;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Device dev = runtime.start();
        NnBench.Plan plan = new NnBench.Plan(signal.channels, signal.rateHz, windowSeconds, iterations, warmup,
                trainWindows,
                trainEpochs, "none".equals(pytorchScript) ? null : Path.of(pytorchScript), python, hopSeconds,
                liveSeconds, runtime.choice(), runtime.threads);
        try (NnBench bench = new NnBench(plan, dev)) {
            out.printf(Locale.ROOT, "attend network, %d ch × %d samples (%.1f s at %.0f Hz), batch 1, %s, %d "
                    + "intra-op thread(s), load average %.1f%n", signal.channels, plan.samples(), windowSeconds,
                    signal.rateHz, dev,
                    runtime.threads, NnBench.loadAverage());
            out.flush();
            out.printf(Locale.ROOT, "batch-1 latency, %d timed rounds after %d warm-up rounds%n", iterations, warmup);
            out.println("| case | p50 ms | p99 ms | mean ms |");
            out.println("|---|---|---|---|");
            for (NnBench.Inference c : bench.inference()) {
                out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", c.name(), c.latencyMillis().median(),
                        c.latencyMillis().percentile(99), c.latencyMillis().mean());
            }
            out.flush();
            NnBench.Training t = bench.training();
            double djl = t.djlSecondsPerEpoch();
            out.printf(Locale.ROOT, "%ntraining, batch %d, augmentation on, class-balanced epochs of %d windows, "
                    + "%d epochs, load average %.1f%n", t.batchSize(), t.windows(), t.epochs(), t.loadAverage());
            out.println("| build | trained weights | median s per epoch | windows/s |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| DJL (Java, libtorch %s) | %d | %.2f | %.0f |%n", t.libtorchVersion(),
                    t.parameters(), djl, t.windows() / djl);
            if (t.pytorch() != null) {
                double py = t.pytorch().secondsPerEpoch().median();
                out.printf(Locale.ROOT, "| PyTorch %s (Python, %s) | %d | %.2f | %.0f |%n", t.pytorch().version(),
                        pytorchScript, t.pytorch().parameters(), py, t.windows() / py);
                out.printf(Locale.ROOT, "DJL ÷ PyTorch per epoch: %.2f (target ≤ 1.0)%n", djl / py);
            }
            out.flush();
            NnBench.Live live = bench.live();
            out.printf(Locale.ROOT, "%nlive decisions paced at one per %.3f s for %.0f s (%d decisions), load average "
                    + "%.1f: window in → prediction out (online alignment + network + map) p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms (target p99 ≤ 5 ms)%n", hopSeconds, liveSeconds, live.decisions(), live.loadAverage(),
                    live.predictMillis().median(), live.predictMillis().percentile(99), live.predictMillis().max());
        }
        out.flush();
        return 0;
    }
}
