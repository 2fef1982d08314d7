package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.DspBench;
import org.attend.dsp.PreprocessorSpec;
import org.attend.stream.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attend bench dsp}: {@link DspBench}, its flags and its report. */
@Command(name = "dsp", mixinStandardHelpOptions = true,
        description = "Throughput of the streaming preprocessor (CAR + notch + band-pass), median over repetitions; "
                + "--compare adds scipy's whole-array sosfilt on the same samples.")
public final class BenchDspCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    QuietOption quiet;

    @Mixin
    SignalShapeOption signal = new SignalShapeOption(64, 160);

    @Option(names = "--chunk-samples", paramLabel = "N", defaultValue = "16",
            description = "samples per channel in each chunk (default: ${DEFAULT-VALUE}, 0.1 s at 160 Hz)")
    int chunkSamples;

    @Option(names = "--seconds", defaultValue = "600",
            description = "seconds of signal processed per repetition (default: ${DEFAULT-VALUE})")
    double seconds;

    @Mixin
    RepetitionsOption repetitions = new RepetitionsOption(15, 3);

    @Option(names = "--compare",
            description = "also time scipy.signal.sosfilt on the whole array (needs python3 with scipy)")
    boolean compare;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "with --compare: rounds alternating Java and scipy, the repetitions split among them "
                    + "(default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DspBench.Plan plan = new DspBench.Plan(signal.channels, signal.rateHz, chunkSamples, seconds,
                repetitions.repetitions, repetitions.warmup,
                compare, rounds);
        DspBench.Result r = DspBench.run(plan);
        PrintWriter out = spec.commandLine().getOut();
        if (r.scipySkipped() != null) {
            out.println("scipy comparison skipped: " + r.scipySkipped());
        }
        PreprocessorSpec chain = r.chain();
        Summary java = r.samplesPerSecond();
        double median = java.median();
        out.printf(Locale.ROOT, "streaming preprocessor: CAR + %.0f Hz notch + order-%d %.0f-%.0f Hz band-pass "
                + "(%d sections)%n", chain.notchHz(), chain.order(), chain.bandLowHz(), chain.bandHighHz(),
                chain.filter().sectionCount());
        out.printf(Locale.ROOT, "%d channels at %.0f Hz, chunks of %d samples, %d chunks per repetition, "
                + "%d repetitions in %d round(s) after %d warm-up%n", signal.channels, signal.rateHz,
                chunkSamples,
                plan.chunkCount(), java.count(), r.rounds(), repetitions.warmup);
        out.printf(Locale.ROOT, "median %.3g samples/s per channel (%.3g channel-samples/s), %.0fx real time, "
                + "%.1f us per chunk%n", median, median * signal.channels, median / signal.rateHz,
                chunkSamples / median * 1e6);
        out.printf(Locale.ROOT, "min %.3g, max %.3g samples/s per channel; java %s on %s, %d processors%n",
                java.min(), java.max(), System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        if (r.scipy() != null) {
            out.printf(Locale.ROOT, "%s, scipy.signal.sosfilt(sos, x, axis=-1) on the same samples as one [%d x %d] "
                    + "array, same sections:%n", r.scipy().version(), signal.channels,
                    plan.chunkCount() * chunkSamples);
            printScipy(out, "float32", r.scipy().float32SamplesPerSecond(), median);
            printScipy(out, "float64", r.scipy().float64SamplesPerSecond(), median);
        }
        out.flush();
        return 0;
    }

    private void printScipy(PrintWriter out, String dtype, Summary scipy, double javaMedian) {
        out.printf(Locale.ROOT, "  %s: median %.3g channel-samples/s (min %.3g, max %.3g); Attend streaming "
                + "is %.2fx that%n", dtype, scipy.median() * signal.channels, scipy.min() * signal.channels,
                scipy.max() * signal.channels, javaMedian / scipy.median());
    }
}
