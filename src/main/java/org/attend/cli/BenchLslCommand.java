package org.attend.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.attend.bench.LslBench;
import org.attend.stream.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench lsl}: {@link LslBench}. With {@code --lsl-backend auto} (the default) and liblsl installed,
 * the pure-Java backend and liblsl run alternately in the same process, {@code --runs} times each, and the medians
 * of the runs are printed side by side.
 */
@Command(name = "lsl", mixinStandardHelpOptions = true,
        description = "LSL outlet -> inlet latency (p50/p99) at a fixed rate and throughput at maximum rate; "
                + "java and native (liblsl) side by side when liblsl is installed.")
public final class BenchLslCommand implements Callable<Integer> {

    @Mixin
    LslBackendOption backendOption;

    @Mixin
    QuietOption quiet;

    @Mixin
    SignalShapeOption signal = new SignalShapeOption(64, 1000);

    @Option(names = "--samples", defaultValue = "10000", description = "Samples measured, default ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--warmup", defaultValue = "2000",
            description = "Paced samples discarded before the measured ones, default ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--throughput-samples", paramLabel = "N", defaultValue = "200000",
            description = "Samples of each throughput run, default ${DEFAULT-VALUE}.")
    int throughputSamples;

    @Option(names = "--runs", paramLabel = "RUN", defaultValue = "3",
            description = "Runs per backend, alternating between backends; medians over runs, default "
                    + "${DEFAULT-VALUE}.")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LslBench.Plan plan = new LslBench.Plan(LslBench.backendModes(backendOption.mode.toLowerCase(Locale.ROOT)),
                signal.channels, signal.rateHz, samples, warmup, throughputSamples, runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d ch float32, latency at %.0f Hz over %d samples after %d warm-up, throughput "
                + "over %d samples; %d run(s) per backend, alternating; %d cores%n", signal.channels, signal.rateHz,
                samples, warmup,
                throughputSamples, runs, Runtime.getRuntime().availableProcessors());
        List<LslBench.BackendRuns> result = LslBench.run(plan, (round, name, f) -> {
            out.printf(Locale.ROOT, "run %d %-22s load %4.1f  p50 %7.1f us  p99 %7.1f us  max %8.1f us  "
                    + "1/push %7.0f /s  32/push %7.0f /s%n", round, name, f.loadAverage(),
                    f.latencySeconds().percentile(50) * 1e6, f.latencySeconds().percentile(99) * 1e6,
                    f.latencySeconds().max() * 1e6, f.samplesPerSecondOnePerPush(), f.samplesPerSecondChunked());
            out.flush();
        });
        out.printf(Locale.ROOT, "%nmedian of %d run(s)      ", runs);
        for (LslBench.BackendRuns backend : result) {
            out.printf(Locale.ROOT, "%24s", backend.name());
        }
        out.println();
        row(out, result, "latency p50 (us)", f -> f.latencySeconds().percentile(50) * 1e6);
        row(out, result, "latency p99 (us)", f -> f.latencySeconds().percentile(99) * 1e6);
        row(out, result, "latency max (us)", f -> f.latencySeconds().max() * 1e6);
        row(out, result, "throughput 1/push (/s)", LslBench.Run::samplesPerSecondOnePerPush);
        row(out, result, "throughput 32/push (/s)", LslBench.Run::samplesPerSecondChunked);
        out.flush();
        return 0;
    }

    /** One figure's median over the runs, per backend. */
    private static void row(PrintWriter out, List<LslBench.BackendRuns> result, String label,
                            ToDoubleFunction<LslBench.Run> figure) {
        out.printf(Locale.ROOT, "%-25s", label);
        for (LslBench.BackendRuns backend : result) {
            out.printf(Locale.ROOT, "%24.1f", Summary.of(backend.runs().stream().mapToDouble(figure).toArray())
                    .median());
        }
        out.println();
    }
}
