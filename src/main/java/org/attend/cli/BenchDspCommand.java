package org.attend.cli;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.StreamingPreprocessor;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attend bench dsp}: throughput of the real-time preprocessing chain (common-average reference, 50 Hz notch,
 * order-4 8–30 Hz Butterworth band-pass) on synthetic Gaussian EEG, chunk by chunk as the engine calls it.
 */
@Command(name = "dsp", mixinStandardHelpOptions = true,
        description = "Throughput of the streaming preprocessor (CAR + notch + band-pass), median over repetitions.")
public final class BenchDspCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Override
    public Integer call() {
        if (channels < 1 || chunkSamples < 1 || repetitions < 1 || warmup < 0 || !(seconds > 0)) {
            throw new IllegalArgumentException("channels, chunk samples, repetitions and seconds must be positive");
        }
        PreprocessorSpec chain = new PreprocessorSpec(sampleRateHz, 8, 30, PreprocessorSpec.DEFAULT_ORDER, 50, true);
        int chunkCount = (int) Math.ceil(seconds * sampleRateHz / chunkSamples);
        float[][][] pristine = syntheticChunks(chunkCount);
        float[][][] work = new float[chunkCount][channels][chunkSamples];
        double[] framesPerSecond = new double[repetitions];
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("bench dsp")
                .setInitialMax(warmup + repetitions).build()) {
            for (int rep = -warmup; rep < repetitions; rep++) {
                for (int k = 0; k < chunkCount; k++) {
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
                if (rep >= 0) {
                    framesPerSecond[rep] = (double) chunkCount * chunkSamples / (elapsed * 1e-9);
                }
                progress.step();
            }
        }
        report(chain, chunkCount, framesPerSecond);
        return 0;
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

    private void report(PreprocessorSpec chain, int chunkCount, double[] framesPerSecond) {
        PrintWriter out = spec.commandLine().getOut();
        double[] sorted = framesPerSecond.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf("streaming preprocessor: CAR + %.0f Hz notch + order-%d %.0f-%.0f Hz band-pass (%d sections)%n",
                chain.notchHz(), chain.order(), chain.bandLowHz(), chain.bandHighHz(), chain.filter().sectionCount());
        out.printf("%d channels at %.0f Hz, chunks of %d samples, %d chunks per repetition, %d repetitions "
                + "after %d warm-up%n", channels, sampleRateHz, chunkSamples, chunkCount, repetitions, warmup);
        out.printf("median %.3g samples/s per channel (%.3g channel-samples/s), %.0fx real time, "
                + "%.1f us per chunk%n", median, median * channels, median / sampleRateHz, chunkSamples / median * 1e6);
        out.printf("min %.3g, max %.3g samples/s per channel; java %s on %s, %d processors%n", sorted[0],
                sorted[sorted.length - 1], System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        out.flush();
    }
}
