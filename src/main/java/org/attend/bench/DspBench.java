package org.attend.bench;

import java.io.IOException;
import java.util.Random;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.progress.Progress;
import org.attend.stream.Summary;

/**
 * Throughput of the real-time preprocessing chain (common-average reference, 50 Hz notch, order-4 8–30 Hz
 * Butterworth band-pass) on synthetic Gaussian EEG, chunk by chunk as the engine calls it. With
 * {@link Plan#compare()}, scipy's {@code sosfilt} filters the same samples as one whole array (the same sections,
 * float32 and float64) in the same run, in rounds alternating with the Java repetitions.
 */
public final class DspBench {

    /**
     * What to measure.
     *
     * @param channels     channels of the synthetic signal
     * @param sampleRateHz its sample rate
     * @param chunkSamples samples per channel in each chunk
     * @param seconds      seconds of signal processed per repetition
     * @param repetitions  timed repetitions
     * @param warmup       untimed repetitions first
     * @param compare      whether scipy's whole-array {@code sosfilt} runs too
     * @param rounds       with {@code compare}: rounds alternating Java and scipy, the repetitions split among them
     */
    public record Plan(int channels, double sampleRateHz, int chunkSamples, double seconds, int repetitions,
                       int warmup, boolean compare, int rounds) {
        public Plan {
            if (channels < 1 || chunkSamples < 1 || repetitions < 1 || warmup < 0 || !(seconds > 0) || rounds < 1) {
                throw new IllegalArgumentException("channels, chunk samples, repetitions, rounds and seconds must be "
                        + "positive");
            }
        }

        /** The chain measured: CAR, 50 Hz notch, order-4 8–30 Hz band-pass at the plan's rate. */
        public PreprocessorSpec chain() {
            return new PreprocessorSpec(sampleRateHz, 8, 30, PreprocessorSpec.DEFAULT_ORDER, 50, true);
        }

        /** Chunks per repetition. */
        public int chunkCount() {
            return (int) Math.ceil(seconds * sampleRateHz / chunkSamples);
        }
    }

    /**
     * What was measured.
     *
     * @param chain            the chain measured
     * @param rounds           rounds the repetitions ran in (1 without scipy)
     * @param samplesPerSecond the streaming preprocessor, samples per second per channel, one per repetition
     * @param scipy            scipy's figures, null when not asked for or not available
     * @param scipySkipped     why scipy did not run although asked for, null otherwise
     */
    public record Result(PreprocessorSpec chain, int rounds, Summary samplesPerSecond, Scipy scipy,
                         String scipySkipped) {
    }

    /**
     * scipy's whole-array {@code sosfilt} on the same samples.
     *
     * @param version                 {@code scipy X numpy Y}
     * @param float32SamplesPerSecond samples per second per channel in float32, one per repetition
     * @param float64SamplesPerSecond the same in float64
     */
    public record Scipy(String version, Summary float32SamplesPerSecond, Summary float64SamplesPerSecond) {
    }

    private DspBench() {
    }

    /** Runs the plan. */
    public static Result run(Plan plan) throws IOException, InterruptedException {
        PreprocessorSpec chain = plan.chain();
        int chunkCount = plan.chunkCount();
        float[][][] pristine = syntheticChunks(plan, chunkCount);
        ScipySosfilt scipy = null;
        String skipped = null;
        if (plan.compare()) {
            try {
                scipy = ScipySosfilt.open(whole(plan, pristine), chain.filter());
            } catch (IOException e) {
                skipped = e.getMessage();
            }
        }
        int perRound = scipy == null ? plan.repetitions() : (plan.repetitions() + plan.rounds() - 1) / plan.rounds();
        int roundCount = scipy == null ? 1 : plan.rounds();
        double[] java = new double[perRound * roundCount];
        double[] scipy32 = new double[scipy == null ? 0 : java.length];
        double[] scipy64 = new double[scipy32.length];
        double samples = (double) chunkCount * plan.chunkSamples();
        try (Progress progress = Progress.start("bench dsp", plan.warmup() + java.length * (scipy == null ? 1L : 3L),
                "repetitions")) {
            timeJava(plan, chain, pristine, new double[plan.warmup()], progress);
            for (int round = 0; round < roundCount; round++) {
                double[] some = timeJava(plan, chain, pristine, new double[perRound], progress);
                System.arraycopy(some, 0, java, round * perRound, perRound);
                if (scipy != null) {
                    double[][] secs = scipy.seconds(perRound);
                    for (int i = 0; i < perRound; i++) {
                        scipy32[round * perRound + i] = samples / secs[0][i];
                        scipy64[round * perRound + i] = samples / secs[1][i];
                    }
                    progress.stepBy(2L * perRound);
                }
            }
        } finally {
            if (scipy != null) {
                scipy.close();
            }
        }
        return new Result(chain, roundCount, Summary.of(java), scipy == null ? null
                : new Scipy(scipy.version(), Summary.of(scipy32), Summary.of(scipy64)), skipped);
    }

    /** The chunks as one {@code [channel][sample]} array, for scipy. */
    private static float[][] whole(Plan plan, float[][][] chunks) {
        int n = plan.chunkSamples();
        float[][] whole = new float[plan.channels()][chunks.length * n];
        for (int k = 0; k < chunks.length; k++) {
            for (int c = 0; c < plan.channels(); c++) {
                System.arraycopy(chunks[k][c], 0, whole[c], k * n, n);
            }
        }
        return whole;
    }

    /** Fills {@code samplesPerSecond} with one timed repetition each: a fresh preprocessor over every chunk. */
    private static double[] timeJava(Plan plan, PreprocessorSpec chain, float[][][] pristine,
                                     double[] samplesPerSecond, Progress progress) {
        int channels = plan.channels();
        int n = plan.chunkSamples();
        float[][][] work = new float[pristine.length][channels][n];
        for (int rep = 0; rep < samplesPerSecond.length; rep++) {
            for (int k = 0; k < pristine.length; k++) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(pristine[k][c], 0, work[k][c], 0, n);
                }
            }
            StreamingPreprocessor pre = StreamingPreprocessor.of(chain, channels);
            long start = System.nanoTime();
            for (float[][] chunk : work) {
                pre.process(chunk);
            }
            long elapsed = System.nanoTime() - start;
            samplesPerSecond[rep] = (double) pristine.length * n / (elapsed * 1e-9);
            progress.step();
        }
        return samplesPerSecond;
    }

    private static float[][][] syntheticChunks(Plan plan, int chunkCount) {
        Random random = new Random(42);
        float[][][] chunks = new float[chunkCount][plan.channels()][plan.chunkSamples()];
        for (float[][] chunk : chunks) {
            for (float[] channel : chunk) {
                for (int i = 0; i < channel.length; i++) {
                    channel[i] = (float) (20 * random.nextGaussian());
                }
            }
        }
        return chunks;
    }
}
