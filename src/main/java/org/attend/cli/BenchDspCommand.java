package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench dsp}: throughput of the real-time preprocessing chain (common-average reference, 50 Hz notch,
 * order-4 8–30 Hz Butterworth band-pass) on synthetic Gaussian EEG, chunk by chunk as the engine calls it. With
 * {@code --compare}, scipy's {@code sosfilt} filters the same samples as one whole array (the same sections,
 * float32 and float64) in the same run, in rounds alternating with the Java repetitions.
 */
@Command(name = "dsp", mixinStandardHelpOptions = true,
        description = "Throughput of the streaming preprocessor (CAR + notch + band-pass), median over repetitions; "
                + "--compare adds scipy's whole-array sosfilt on the same samples.")
public final class BenchDspCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    QuietOption quiet;

    @Option(names = "--channels", defaultValue = "64", description = "channels (default: ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--rate", defaultValue = "160", description = "sample rate in Hz (default: ${DEFAULT-VALUE})")
    double sampleRateHz;

    @Option(names = "--chunk-samples", defaultValue = "16",
            description = "samples per channel in each chunk (default: ${DEFAULT-VALUE}, 0.1 s at 160 Hz)")
    int chunkSamples;

    @Option(names = "--seconds", defaultValue = "600",
            description = "seconds of signal processed per repetition (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--repetitions", defaultValue = "15", description = "timed repetitions (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(names = "--warmup", defaultValue = "3",
            description = "untimed warm-up repetitions (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--compare",
            description = "also time scipy.signal.sosfilt on the whole array (needs python3 with scipy)")
    boolean compare;

    @Option(names = "--rounds", defaultValue = "3",
            description = "with --compare: rounds alternating Java and scipy, the repetitions split among them "
                    + "(default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (channels < 1 || chunkSamples < 1 || repetitions < 1 || warmup < 0 || !(seconds > 0) || rounds < 1) {
            throw new IllegalArgumentException("channels, chunk samples, repetitions, rounds and seconds must be "
                    + "positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        PreprocessorSpec chain = new PreprocessorSpec(sampleRateHz, 8, 30, PreprocessorSpec.DEFAULT_ORDER, 50, true);
        int chunkCount = (int) Math.ceil(seconds * sampleRateHz / chunkSamples);
        float[][][] pristine = syntheticChunks(chunkCount);
        ScipySosfilt scipy = compare ? scipyOrNull(pristine, chain, out) : null;
        int perRound = scipy == null ? repetitions : (repetitions + rounds - 1) / rounds;
        int roundCount = scipy == null ? 1 : rounds;
        double[] java = new double[perRound * roundCount];
        double[] scipy32 = new double[scipy == null ? 0 : java.length];
        double[] scipy64 = new double[scipy32.length];
        try (Progress progress = Progress.start("bench dsp", warmup + java.length * (scipy == null ? 1L : 3L),
                "repetitions")) {
            timeJava(chain, pristine, new double[warmup], progress);
            for (int round = 0; round < roundCount; round++) {
                double[] some = timeJava(chain, pristine, new double[perRound], progress);
                System.arraycopy(some, 0, java, round * perRound, perRound);
                if (scipy != null) {
                    double[][] secs = scipy.seconds(perRound);
                    for (int i = 0; i < perRound; i++) {
                        scipy32[round * perRound + i] = (double) chunkCount * chunkSamples / secs[0][i];
                        scipy64[round * perRound + i] = (double) chunkCount * chunkSamples / secs[1][i];
                    }
                    progress.stepBy(2L * perRound);
                }
            }
        } finally {
            if (scipy != null) {
                scipy.close();
            }
        }
        report(chain, chunkCount, java, roundCount, out);
        if (scipy != null) {
            reportScipy(scipy.version(), chunkCount, java, scipy32, scipy64, out);
        }
        out.flush();
        return 0;
    }

    private ScipySosfilt scipyOrNull(float[][][] chunks, PreprocessorSpec chain, PrintWriter out)
            throws InterruptedException {
        int length = chunks.length * chunkSamples;
        float[][] whole = new float[channels][length];
        for (int k = 0; k < chunks.length; k++) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(chunks[k][c], 0, whole[c], k * chunkSamples, chunkSamples);
            }
        }
        try {
            return ScipySosfilt.open(whole, chain.filter());
        } catch (IOException e) {
            out.println("scipy comparison skipped: " + e.getMessage());
            return null;
        }
    }

    /** Fills {@code samplesPerSecond} with one timed repetition each: a fresh preprocessor over every chunk. */
    private double[] timeJava(PreprocessorSpec chain, float[][][] pristine, double[] samplesPerSecond,
                              Progress progress) {
        float[][][] work = new float[pristine.length][channels][chunkSamples];
        for (int rep = 0; rep < samplesPerSecond.length; rep++) {
            for (int k = 0; k < pristine.length; k++) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(pristine[k][c], 0, work[k][c], 0, chunkSamples);
                }
            }
            StreamingPreprocessor pre = StreamingPreprocessor.of(chain, channels);
            long start = System.nanoTime();
            for (float[][] chunk : work) {
                pre.process(chunk);
            }
            long elapsed = System.nanoTime() - start;
            samplesPerSecond[rep] = (double) pristine.length * chunkSamples / (elapsed * 1e-9);
            progress.step();
        }
        return samplesPerSecond;
    }

    private float[][][] syntheticChunks(int chunkCount) {
        Random random = new Random(42);
        float[][][] chunks = new float[chunkCount][channels][chunkSamples];
        for (float[][] chunk : chunks) {
            for (float[] channel : chunk) {
                for (int n = 0; n < chunkSamples; n++) {
                    channel[n] = (float) (20 * random.nextGaussian());
                }
            }
        }
        return chunks;
    }

    private void report(PreprocessorSpec chain, int chunkCount, double[] framesPerSecond, int roundCount,
                        PrintWriter out) {
        double[] sorted = framesPerSecond.clone();
        Arrays.sort(sorted);
        double median = median(sorted);
        out.printf(Locale.ROOT, "streaming preprocessor: CAR + %.0f Hz notch + order-%d %.0f-%.0f Hz band-pass "
                + "(%d sections)%n", chain.notchHz(), chain.order(), chain.bandLowHz(), chain.bandHighHz(),
                chain.filter().sectionCount());
        out.printf(Locale.ROOT, "%d channels at %.0f Hz, chunks of %d samples, %d chunks per repetition, "
                + "%d repetitions in %d round(s) after %d warm-up%n", channels, sampleRateHz, chunkSamples,
                chunkCount, framesPerSecond.length, roundCount, warmup);
        out.printf(Locale.ROOT, "median %.3g samples/s per channel (%.3g channel-samples/s), %.0fx real time, "
                + "%.1f us per chunk%n", median, median * channels, median / sampleRateHz,
                chunkSamples / median * 1e6);
        out.printf(Locale.ROOT, "min %.3g, max %.3g samples/s per channel; java %s on %s, %d processors%n",
                sorted[0], sorted[sorted.length - 1], System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    private void reportScipy(String version, int chunkCount, double[] java, double[] scipy32, double[] scipy64,
                             PrintWriter out) {
        double javaMedian = median(sortedCopy(java)) * channels;
        out.printf(Locale.ROOT, "%s, scipy.signal.sosfilt(sos, x, axis=-1) on the same samples as one [%d x %d] "
                + "array, same sections:%n", version, channels, chunkCount * chunkSamples);
        for (double[] figures : new double[][] {scipy32, scipy64}) {
            double[] sorted = sortedCopy(figures);
            double median = median(sorted) * channels;
            out.printf(Locale.ROOT, "  %s: median %.3g channel-samples/s (min %.3g, max %.3g); Attend streaming "
                    + "is %.2fx that%n", figures == scipy32 ? "float32" : "float64", median, sorted[0] * channels,
                    sorted[sorted.length - 1] * channels, javaMedian / median);
        }
    }

    private static double[] sortedCopy(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double median(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
