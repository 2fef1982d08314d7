package org.attend.bench;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.attend.nn.DeviceChoice;
import org.attend.nn.NnEngine;
import org.attend.nn.TrainingHistory;
import org.attend.nn.TrainingRecipe;
import org.attend.stream.Summary;
import org.attend.stream.Window;

/**
 * The {@code attend} network: batch-1 inference latency with and without the attention map; training seconds per
 * epoch in DJL and, in the same run on windows of the same shape, count and labels, in the PyTorch script of the
 * same network ({@code docs/validation/attendnet_torch.py}); then the live decision latency (window in →
 * prediction out, online alignment included) with decisions paced at the real-time hop. Inputs are Gaussian
 * noise: the timings do not depend on the values. Each part is a method, run in order; the trained decoder of
 * {@link #training()} is the one {@link #live()} times.
 */
public final class NnBench implements AutoCloseable {

    /**
     * What to measure.
     *
     * @param channels      channels of a window
     * @param rateHz        sample rate
     * @param windowSeconds window length
     * @param iterations    timed windows per inference case
     * @param warmup        untimed rounds of inference first
     * @param trainWindows  training windows per epoch
     * @param trainEpochs   timed training epochs
     * @param pytorchScript the PyTorch script of the same network, null to skip it
     * @param python        the Python that runs it
     * @param hopSeconds    live: seconds between decisions
     * @param liveSeconds   live: seconds of paced decisions
     * @param device        where the network runs
     * @param threads       intra-op threads
     */
    public record Plan(int channels, double rateHz, double windowSeconds, int iterations, int warmup,
                       int trainWindows, int trainEpochs, Path pytorchScript, String python, double hopSeconds,
                       double liveSeconds, DeviceChoice device, int threads) {

        /** Samples per window. */
        public int samples() {
            return (int) Math.round(windowSeconds * rateHz);
        }
    }

    /**
     * Batch-1 inference of one case.
     *
     * @param name           what was timed
     * @param latencyMillis  one per timed round
     */
    public record Inference(String name, Summary latencyMillis) {
    }

    /**
     * Training time per epoch.
     *
     * @param batchSize          windows per batch
     * @param epochs             epochs run
     * @param windows            training windows per epoch
     * @param parameters         trained weights of the DJL network
     * @param libtorchVersion    the PyTorch native library DJL runs on
     * @param djlSecondsPerEpoch DJL's median seconds per epoch
     * @param pytorch            the PyTorch script's figures, null when skipped
     * @param loadAverage        system load average when training ended
     */
    public record Training(int batchSize, int epochs, int windows, long parameters, String libtorchVersion,
                           double djlSecondsPerEpoch, Pytorch pytorch, double loadAverage) {
    }

    /**
     * The PyTorch script's training run.
     *
     * @param version         torch version
     * @param parameters      trained weights
     * @param secondsPerEpoch its seconds per epoch
     */
    public record Pytorch(String version, long parameters, Summary secondsPerEpoch) {
    }

    /**
     * Live decisions at the real-time hop.
     *
     * @param decisions      decisions timed
     * @param predictMillis  window in → prediction out, one per decision
     * @param loadAverage    system load average when they ended
     */
    public record Live(int decisions, Summary predictMillis, double loadAverage) {
    }

    private final Plan plan;
    private final Device device;
    private final InputContract contract;
    private final AttendNetConfig config;
    private final NetworkShape shape;
    private final Random random = new Random(1);
    private long parameters;
    private NeuralDecoder decoder;

    /** @param device the device resolved for {@code plan.device()} (the engine already started) */
    public NnBench(Plan plan, Device device) {
        this.plan = plan;
        this.device = device;
        List<String> labels = labels();
        contract = new InputContract(labels, plan.rateHz(), plan.windowSeconds(), 4,
                Math.min(38, plan.rateHz() / 4.2), List.of("left", "right"));
        config = AttendNetConfig.standard(plan.channels(), plan.samples(), 2, plan.rateHz(), contract.bandHighHz());
        shape = new NetworkShape(plan.channels(), 2, plan.samples(), plan.rateHz(), contract.bandLowHz(),
                contract.bandHighHz());
    }

    /** The system load average now. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Times the cases in turns (one call of each per round), so that a change in machine load during the run hits
     * every case alike; {@link Plan#warmup()} untimed rounds first.
     */
    public List<Inference> inference() {
        float[][][] input = {noise(plan.channels(), plan.samples())};
        try (NetModel model = NetModel.create(Networks.factory(AttendNetFactory.NAME).build(shape,
                NetworkOptions.none()), device, 1)) {
            parameters = model.trainableParameterCount();
            List<String> names = List.of("network, probabilities only",
                    "network + attention map (channels × samples)");
            List<Consumer<float[][][]>> calls = List.of(x -> model.probabilities(x),
                    x -> model.infer(x).attentionMap(0, plan.channels(), plan.samples()));
            for (int i = 0; i < plan.warmup(); i++) {
                calls.forEach(c -> c.accept(input));
            }
            long[][] nanos = new long[calls.size()][plan.iterations()];
            for (int i = 0; i < plan.iterations(); i++) {
                for (int k = 0; k < calls.size(); k++) {
                    long start = System.nanoTime();
                    calls.get(k).accept(input);
                    nanos[k][i] = System.nanoTime() - start;
                }
            }
            List<Inference> cases = new ArrayList<>();
            for (int k = 0; k < calls.size(); k++) {
                cases.add(new Inference(names.get(k), Summary.millisOfNanos(nanos[k], plan.iterations())));
            }
            return cases;
        }
    }

    /** Trains the decoder for {@link Plan#trainEpochs()} epochs on noise, then the PyTorch script on the same. */
    public Training training() throws IOException, InterruptedException {
        DecoderOptions options = DecoderOptions.of(Map.of("net", AttendNetFactory.NAME, "device",
                plan.device().name().toLowerCase(Locale.ROOT), "threads", Integer.toString(plan.threads()),
                "epochs", Integer.toString(plan.trainEpochs()), "ensemble", "1"));
        int total = (int) Math.ceil(plan.trainWindows() / 0.8);
        float[][][] data = new float[total][][];
        int[] y = new int[total];
        for (int i = 0; i < total; i++) {
            data[i] = noise(plan.channels(), plan.samples());
            y[i] = i % 2;
        }
        decoder = new NeuralDecoder(contract, NeuralSettings.fromOptions(options, "bench nn"), options);
        decoder.fit(new LabeledEpochs(data, y, contract.classes(), contract.channels(), plan.rateHz()));
        TrainingHistory history = decoder.histories().get(0);
        int windows = ((Number) decoder.trainingMetrics().get("trainWindows")).intValue();
        Pytorch pytorch = plan.pytorchScript() == null ? null
                : runPytorch(Arrays.copyOf(data, windows), Arrays.copyOf(y, windows));
        return new Training(decoder.settings().training().batchSize(), history.epochs().size(), windows, parameters,
                NnEngine.get().getVersion(), history.medianEpochSeconds(), pytorch, loadAverage());
    }

    /**
     * Decisions at the real-time hop from a continuous noise stream: each one hands the trained decoder the
     * latest window and times {@code predict} (online alignment + network + attention map), then waits for the
     * next hop, as a live session does.
     */
    public Live live() {
        if (decoder == null) {
            throw new IllegalStateException("live decisions need the decoder trained by training() first");
        }
        int samples = plan.samples();
        int hop = Math.max(1, (int) Math.round(plan.hopSeconds() * plan.rateHz()));
        int decisions = (int) Math.round(plan.liveSeconds() / plan.hopSeconds());
        float[][] stream = noise(plan.channels(), samples + hop * (decisions + 1));
        decoder.resetAdaptation();
        long[] nanos = new long[decisions];
        long next = System.nanoTime();
        for (int i = 0; i < decisions; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            float[][] window = new float[plan.channels()][];
            for (int c = 0; c < plan.channels(); c++) {
                window[c] = Arrays.copyOfRange(stream[c], i * hop, i * hop + samples);
            }
            long start = System.nanoTime();
            decoder.predict(new Window(window, i * plan.hopSeconds(), i));
            nanos[i] = System.nanoTime() - start;
            next += (long) (plan.hopSeconds() * 1e9);
        }
        return new Live(decisions, Summary.millisOfNanos(nanos, decisions), loadAverage());
    }

    /** The trained decoder's native memory. */
    @Override
    public void close() {
        if (decoder != null) {
            decoder.close();
        }
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < plan.channels(); c++) {
            labels.add("E" + (c + 1));
        }
        return labels;
    }

    /** Writes the windows as raw little-endian arrays and runs the PyTorch script on them. */
    private Pytorch runPytorch(float[][][] x, int[] y) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("attend-bench-nn");
        String script = plan.pytorchScript().toString();
        try {
            ByteBuffer bytes = ByteBuffer.allocate(4 * x.length * plan.channels() * x[0][0].length)
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
            List<String> command = List.of(plan.python(), script, "--data", dir.toString(),
                    "--channels", String.valueOf(config.channels()), "--samples", String.valueOf(config.samples()),
                    "--classes", String.valueOf(config.classes()), "--decimation", String.valueOf(config.decimation()),
                    "--kernels", String.join(",", kernels), "--separable", String.valueOf(config.separableSamples()),
                    "--filters", String.valueOf(config.filtersPerScale()),
                    "--depth", String.valueOf(config.depthMultiplier()),
                    "--embedding", String.valueOf(config.embedding()), "--heads", String.valueOf(config.heads()),
                    "--dropout", String.valueOf(config.dropout()), "--epochs", String.valueOf(plan.trainEpochs()),
                    "--batch", String.valueOf(t.batchSize()), "--lr", String.valueOf(t.learningRate()),
                    "--weight-decay", String.valueOf(t.weightDecay()),
                    "--max-shift", String.valueOf((int) Math.round(t.shiftSeconds() * config.sampleRateHz())),
                    "--noise", String.valueOf(t.noiseStd()), "--channel-dropout", String.valueOf(t.channelDropout()),
                    "--threads", String.valueOf(plan.threads()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(script + " failed (" + String.join(" ", command.subList(0, 2)) + "): "
                        + output.strip());
            }
            String json = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException(script + " printed no JSON result: " + output.strip()));
            JsonNode torch = new ObjectMapper().readTree(json);
            List<Double> seconds = new ArrayList<>();
            torch.get("epochSeconds").forEach(s -> seconds.add(s.asDouble()));
            return new Pytorch(torch.get("torch").asText(), torch.get("parameters").asLong(),
                    Summary.of(seconds.stream().mapToDouble(Double::doubleValue).toArray()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.collect(Collectors.toList())) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private float[][] noise(int channels, int samples) {
        float[][] x = new float[channels][samples];
        for (float[] row : x) {
            for (int k = 0; k < samples; k++) {
                row[k] = (float) (10 * random.nextGaussian());
            }
        }
        return x;
    }
}
