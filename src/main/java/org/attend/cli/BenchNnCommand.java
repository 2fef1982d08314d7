package org.attend.cli;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.attend.decode.DecoderOptions;
import org.attend.decode.NeuralDecoder;
import org.attend.decode.NeuralSettings;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.nn.AttendNetConfig;
import org.attend.nn.AttendNetFactory;
import org.attend.nn.NetModel;
import org.attend.nn.NetworkOptions;
import org.attend.nn.NetworkShape;
import org.attend.nn.Networks;
import org.attend.nn.NnEngine;
import org.attend.nn.TrainingHistory;
import org.attend.nn.TrainingRecipe;
import org.attend.stream.Window;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench nn}: batch-1 inference latency of the {@code attend} network, with and without the
 * attention map; training seconds per epoch in DJL and, in the same run on windows of the same shape, count
 * and labels, in the PyTorch script of the same network ({@code docs/validation/attendnet_torch.py}); then the
 * live decision latency (window in → prediction out, online alignment included) with decisions paced at the
 * real-time hop. Inputs are Gaussian noise: the timings do not depend on the values.
 */
@Command(name = "nn", mixinStandardHelpOptions = true,
        description = "Latency (p50/p99) of the attend network at batch 1, training time per epoch against "
                + "PyTorch, and live decision latency at real-time pace.")
public final class BenchNnCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
            description = "training windows per epoch (default ${DEFAULT-VALUE}: the first shipped model's split)")
    int trainWindows;

    @Option(names = "--train-epochs", defaultValue = "3", description = "timed training epochs (default ${DEFAULT-VALUE})")
    int trainEpochs;

    @Option(names = "--pytorch", paramLabel = "SCRIPT", defaultValue = "docs/validation/attendnet_torch.py",
            description = "PyTorch script of the same network, run with --python; 'none' skips it "
                    + "(default ${DEFAULT-VALUE})")
    String pytorchScript;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "Python with torch (default ${DEFAULT-VALUE}: Debian's python3-torch)")
    String python;

    @Option(names = "--hop", defaultValue = "0.125",
            description = "live: seconds between decisions (default ${DEFAULT-VALUE})")
    double hopSeconds;

    @Option(names = "--live-seconds", defaultValue = "60",
            description = "live: seconds of paced decisions (default ${DEFAULT-VALUE})")
    double liveSeconds;

    @Mixin
    NnRuntimeOptions runtime;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
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
        out.printf(Locale.ROOT, "attend network, %d ch × %d samples (%.1f s at %.0f Hz), batch 1, %s, %d intra-op "
                + "thread(s), load average %.1f%n", channels, samples, windowSeconds, rateHz, dev, runtime.threads,
                loadAverage());
        long parameters;
        NetworkShape shape = new NetworkShape(channels, 2, samples, rateHz, contract.bandLowHz(), contract.bandHighHz());
        try (NetModel model = NetModel.create(Networks.factory(AttendNetFactory.NAME).build(shape,
                NetworkOptions.none()), dev, 1)) {
            parameters = model.trainableParameterCount();
            timeRoundRobin(out, List.of(
                    new Case("network, probabilities only", x -> model.probabilities(x)),
                    new Case("network + attention map (channels × samples)",
                            x -> model.infer(x).attentionMap(0, channels, samples))), one);
        }
        DecoderOptions options = DecoderOptions.of(Map.of("net", AttendNetFactory.NAME, "device",
                runtime.choice().name().toLowerCase(Locale.ROOT), "threads", Integer.toString(runtime.threads),
                "epochs", Integer.toString(trainEpochs)));
        int total = (int) Math.ceil(trainWindows / 0.8);
        float[][][] data = new float[total][][];
        int[] y = new int[total];
        for (int i = 0; i < total; i++) {
            data[i] = noise(channels, samples, random);
            y[i] = i % 2;
        }
        try (NeuralDecoder decoder = new NeuralDecoder(contract, NeuralSettings.fromOptions(options, "bench"),
                options)) {
            decoder.fit(new LabeledEpochs(data, y, contract.classes(), labels, rateHz));
            TrainingHistory history = decoder.histories().get(0);
            int djlWindows = ((Number) decoder.trainingMetrics().get("trainWindows")).intValue();
            double djl = history.medianEpochSeconds();
            out.printf(Locale.ROOT, "%ntraining, batch %d, augmentation on, class-balanced epochs of %d windows, "
                    + "%d epochs, load average %.1f%n", decoder.settings().training().batchSize(), djlWindows,
                    history.epochs().size(), loadAverage());
            out.println("| build | trained weights | median s per epoch | windows/s |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| DJL (Java, libtorch %s) | %d | %.2f | %.0f |%n",
                    NnEngine.get().getVersion(), parameters, djl, djlWindows / djl);
            if (!"none".equals(pytorchScript)) {
                JsonNode torch = runPytorch(config, Arrays.copyOf(data, djlWindows), Arrays.copyOf(y, djlWindows));
                List<Double> seconds = new ArrayList<>();
                torch.get("epochSeconds").forEach(s -> seconds.add(s.asDouble()));
                double py = median(seconds);
                out.printf(Locale.ROOT, "| PyTorch %s (Python, %s) | %d | %.2f | %.0f |%n", torch.get("torch").asText(),
                        pytorchScript, torch.get("parameters").asLong(), py, djlWindows / py);
                out.printf(Locale.ROOT, "DJL ÷ PyTorch per epoch: %.2f (target ≤ 1.0)%n", djl / py);
            }
            livePaced(out, decoder, random);
        }
        out.flush();
        return 0;
    }

    /**
     * Decisions at the real-time hop from a continuous noise stream: each one hands the decoder the latest
     * window and times {@code predict} (online alignment + network + attention map), then waits for the next
     * hop, as a live session does.
     */
    private void livePaced(PrintWriter out, NeuralDecoder decoder, Random random) {
        int samples = (int) Math.round(windowSeconds * rateHz);
        int hop = Math.max(1, (int) Math.round(hopSeconds * rateHz));
        int decisions = (int) Math.round(liveSeconds / hopSeconds);
        float[][] stream = noise(channels, samples + hop * (decisions + 1), random);
        decoder.resetAdaptation();
        long[] nanos = new long[decisions];
        long next = System.nanoTime();
        for (int i = 0; i < decisions; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            float[][] window = new float[channels][];
            for (int c = 0; c < channels; c++) {
                window[c] = Arrays.copyOfRange(stream[c], i * hop, i * hop + samples);
            }
            long start = System.nanoTime();
            decoder.predict(new Window(window, i * hopSeconds, i));
            nanos[i] = System.nanoTime() - start;
            next += (long) (hopSeconds * 1e9);
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%nlive decisions paced at one per %.3f s for %.0f s (%d decisions), load average "
                + "%.1f: window in → prediction out (online alignment + network + map) p50 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms (target p99 ≤ 5 ms)%n", hopSeconds, liveSeconds, decisions, loadAverage(),
                nanos[decisions / 2] / 1e6, nanos[(int) Math.ceil(decisions * 0.99) - 1] / 1e6,
                nanos[decisions - 1] / 1e6);
    }

    /** Writes the windows as raw little-endian arrays and runs the PyTorch script on them. */
    private JsonNode runPytorch(AttendNetConfig config, float[][][] x, int[] y) throws IOException,
            InterruptedException {
        Path dir = Files.createTempDirectory("attend-bench-nn");
        try {
            ByteBuffer bytes = ByteBuffer.allocate(4 * x.length * channels * x[0][0].length)
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (float[][] w : x) {
                for (float[] row : w) {
                    for (float v : row) {
                        bytes.putFloat(v);
                    }
                }
            }
            Files.write(dir.resolve("x.f32"), bytes.array());
            ByteBuffer yb = ByteBuffer.allocate(4 * y.length).order(ByteOrder.LITTLE_ENDIAN);
            Arrays.stream(y).forEach(yb::putInt);
            Files.write(dir.resolve("y.i32"), yb.array());
            TrainingRecipe t = TrainingRecipe.defaults();
            List<String> kernels = new ArrayList<>();
            for (int i = 0; i < config.kernelSeconds().size(); i++) {
                kernels.add(String.valueOf(config.kernelSamples(i)));
            }
            List<String> command = List.of(python, pytorchScript, "--data", dir.toString(),
                    "--channels", String.valueOf(config.channels()), "--samples", String.valueOf(config.samples()),
                    "--classes", String.valueOf(config.classes()), "--decimation", String.valueOf(config.decimation()),
                    "--kernels", String.join(",", kernels), "--separable", String.valueOf(config.separableSamples()),
                    "--filters", String.valueOf(config.filtersPerScale()),
                    "--depth", String.valueOf(config.depthMultiplier()),
                    "--embedding", String.valueOf(config.embedding()), "--heads", String.valueOf(config.heads()),
                    "--dropout", String.valueOf(config.dropout()), "--epochs", String.valueOf(trainEpochs),
                    "--batch", String.valueOf(t.batchSize()), "--lr", String.valueOf(t.learningRate()),
                    "--weight-decay", String.valueOf(t.weightDecay()),
                    "--max-shift", String.valueOf((int) Math.round(t.shiftSeconds() * config.sampleRateHz())),
                    "--noise", String.valueOf(t.noiseStd()), "--channel-dropout", String.valueOf(t.channelDropout()),
                    "--threads", String.valueOf(runtime.threads));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(pytorchScript + " failed (" + String.join(" ", command.subList(0, 2)) + "): "
                        + output.strip());
            }
            String json = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException(pytorchScript + " printed no JSON result: " + output.strip()));
            return new ObjectMapper().readTree(json);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.collect(Collectors.toList())) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** A timed call: a name and what it does with a batch of one window. */
    private record Case(String name, Consumer<float[][][]> call) {
    }

    /**
     * Times the cases in turns (one call of each per round), so that a change in machine load during the run
     * hits every case alike; {@code warmup} untimed rounds first.
     */
    private void timeRoundRobin(PrintWriter out, List<Case> cases, float[][][] input) {
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
        out.printf(Locale.ROOT, "batch-1 latency, %d timed rounds after %d warm-up rounds%n", iterations, warmup);
        out.println("| case | p50 ms | p99 ms | mean ms |");
        out.println("|---|---|---|---|");
        for (int k = 0; k < cases.size(); k++) {
            long[] n = nanos[k];
            Arrays.sort(n);
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", cases.get(k).name(), n[iterations / 2] / 1e6,
                    n[(int) Math.ceil(iterations * 0.99) - 1] / 1e6, Arrays.stream(n).average().orElse(0) / 1e6);
        }
    }

    private static double median(List<Double> values) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
