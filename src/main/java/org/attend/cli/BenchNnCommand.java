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
import org.attend.nn.NetOutput;
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
                + "thread(s), %d timed windows after %d warm-up%n", channels, samples, windowSeconds, rateHz, dev,
                runtime.threads, iterations, warmup);
        System.out.println("| case | p50 ms | p99 ms | mean ms |");
        System.out.println("|---|---|---|---|");
        try (AttendNetModel model = AttendNetModel.create(config, dev, 1)) {
            time("network, probabilities only", x -> model.probabilities(x), one);
            time("network + attention map (channels × samples)", x -> {
                NetOutput out = model.infer(x);
                out.attentionMap(0, samples);
            }, one);
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
            TrainingHistory history = fit(decoder, new LabeledEpochs(data, y, contract.classes(), labels, rateHz));
            time("decoder.predict: online alignment + network + map", x -> decoder.predict(new Window(x[0], 0, 0)),
                    one);
            System.out.printf("%ntraining: %d windows per epoch (batch %d, augmentation on), median %.1f s per "
                    + "epoch over %d epochs (%.0f windows/s)%n", trainWindows, settings.training().batchSize(),
                    history.medianEpochSeconds(), history.epochs().size(),
                    trainWindows / history.medianEpochSeconds());
        }
        return 0;
    }

    private static TrainingHistory fit(AttendDecoder decoder, LabeledEpochs epochs) {
        decoder.fit(epochs);
        return decoder.history();
    }

    private void time(String name, Consumer<float[][][]> call, float[][][] input) {
        for (int i = 0; i < warmup; i++) {
            call.accept(input);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            call.accept(input);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("| %s | %.2f | %.2f | %.2f |%n", name, nanos[iterations / 2] / 1e6,
                nanos[(int) Math.ceil(iterations * 0.99) - 1] / 1e6, mean);
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
