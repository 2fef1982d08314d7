package org.attend.cli;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.attend.decode.AttendDecoder;
import org.attend.decode.AttendSettings;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.nn.AttendNetConfig;
import org.attend.nn.AttendNetModel;
import org.attend.nn.TrainingHistory;
import org.attend.nn.TrainingOptions;
import org.attend.stream.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench nn}: batch-1 inference latency of the {@code attend} network on windows of the shipped
 * model's shape (64 channels × 3 s at 160 Hz), with and without the attention map, and through the whole
 * decoder (online alignment + network + map); then training seconds per epoch on as many windows as the
 * shipped model's training split. Inputs are Gaussian noise: latency does not depend on the values.
 */
@Command(name = "nn", mixinStandardHelpOptions = true,
        description = "Latency (p50/p99) of the attend network at batch 1, and training time per epoch.")
public final class BenchNnCommand implements Callable<Integer> {

    @Option(names = "--channels", defaultValue = "64", description = "channels (default ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--rate", defaultValue = "160", description = "sample rate, Hz (default ${DEFAULT-VALUE})")
    double rateHz;

    @Option(names = "--window", defaultValue = "3", description = "window, s (default ${DEFAULT-VALUE})")
    double windowSeconds;

    @Option(names = "--iterations", defaultValue = "2000", description = "timed windows per case (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--warmup", defaultValue = "300", description = "untimed windows first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--train-windows", defaultValue = "432",
            description = "training windows per epoch (default ${DEFAULT-VALUE}: the shipped model's split)")
    int trainWindows;

    @Option(names = "--train-epochs", defaultValue = "3", description = "timed training epochs (default ${DEFAULT-VALUE})")
    int trainEpochs;

    @Mixin
    NnRuntimeOptions runtime;

    @Override
    public Integer call() {
        Device dev = runtime.start();
        int samples = (int) Math.round(windowSeconds * rateHz);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            labels.add("E" + (c + 1));
        }
        InputContract contract = new InputContract(labels, rateHz, windowSeconds, 4, Math.min(38, rateHz / 4.2),
                List.of("left", "right"));
        AttendNetConfig config = AttendNetConfig.standard(channels, samples, 2, rateHz, contract.bandHighHz());
        Random random = new Random(1);
        float[][][] one = {noise(channels, samples, random)};
        System.out.printf("attend network, %d ch × %d samples (%.1f s at %.0f Hz), batch 1, %s, %d intra-op "
                + "thread(s)%n", channels, samples, windowSeconds, rateHz, dev, runtime.threads);
        try (AttendNetModel model = AttendNetModel.create(config, dev, 1)) {
            timeRoundRobin(List.of(
                    new Case("network, probabilities only", x -> model.probabilities(x)),
                    new Case("network + attention map (channels × samples)",
                            x -> model.infer(x).attentionMap(0, samples))), one);
        }
        AttendSettings settings = new AttendSettings(runtime.choice(), runtime.threads, TrainingOptions.defaults()
                .withEpochs(trainEpochs), true, 0.2);
        try (AttendDecoder decoder = new AttendDecoder(contract, settings)) {
            int total = (int) Math.ceil(trainWindows / 0.8);
            float[][][] data = new float[total][][];
            int[] y = new int[total];
            for (int i = 0; i < total; i++) {
                data[i] = noise(channels, samples, random);
                y[i] = i % 2;
            }
            decoder.fit(new LabeledEpochs(data, y, contract.classes(), labels, rateHz));
            TrainingHistory history = decoder.history();
            System.out.printf("%ntraining: %d windows per epoch (batch %d, augmentation on), median %.1f s per "
                    + "epoch over %d epochs (%.0f windows/s)%n%n", trainWindows, settings.training().batchSize(),
                    history.medianEpochSeconds(), history.epochs().size(),
                    trainWindows / history.medianEpochSeconds());
            timeRoundRobin(List.of(new Case("decoder.predict: online alignment + network + map",
                    x -> decoder.predict(new Window(x[0], 0, 0)))), one);
        }
        return 0;
    }

    /** A timed call: a name and what it does with a batch of one window. */
    private record Case(String name, Consumer<float[][][]> call) {
    }

    /**
     * Times the cases in turns (one call of each per round), so that a change in machine load during the run
     * hits every case alike; {@code warmup} untimed rounds first.
     */
    private void timeRoundRobin(List<Case> cases, float[][][] input) {
        for (int i = 0; i < warmup; i++) {
            cases.forEach(c -> c.call().accept(input));
        }
        long[][] nanos = new long[cases.size()][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int k = 0; k < cases.size(); k++) {
                long start = System.nanoTime();
                cases.get(k).call().accept(input);
                nanos[k][i] = System.nanoTime() - start;
            }
        }
        System.out.printf("batch-1 latency, %d timed rounds after %d warm-up rounds%n", iterations, warmup);
        System.out.println("| case | p50 ms | p99 ms | mean ms |");
        System.out.println("|---|---|---|---|");
        for (int k = 0; k < cases.size(); k++) {
            long[] n = nanos[k];
            Arrays.sort(n);
            System.out.printf("| %s | %.2f | %.2f | %.2f |%n", cases.get(k).name(), n[iterations / 2] / 1e6,
                    n[(int) Math.ceil(iterations * 0.99) - 1] / 1e6, Arrays.stream(n).average().orElse(0) / 1e6);
        }
    }

    private static float[][] noise(int channels, int samples, Random random) {
        float[][] x = new float[channels][samples];
        for (float[] row : x) {
            for (int k = 0; k < samples; k++) {
                row[k] = (float) (10 * random.nextGaussian());
            }
        }
        return x;
    }
}
