package org.attend.nn;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An {@link AttendNet} with its parameters on a device: batched inference, and parameter files.
 * Inference arrays live in a sub-manager closed after each call, so nothing leaks in a live session.
 */
public final class AttendNetModel implements AutoCloseable {

    private final AttendNetConfig config;
    private final Model model;
    private final AttendNet net;
    /** Caches parameter arrays: replaced whenever loading parameters replaces those arrays. */
    private ParameterStore inferenceStore;

    private AttendNetModel(AttendNetConfig config, Device device) {
        this.config = config;
        NnEngine.get();
        model = Model.newInstance("attend", device, NnEngine.ENGINE_NAME);
        net = new AttendNet(config);
        model.setBlock(net);
        inferenceStore = new ParameterStore(model.getNDManager(), false);
    }

    /** A freshly initialised network; {@code seed} fixes the initial weights. */
    public static AttendNetModel create(AttendNetConfig config, Device device, int seed) {
        AttendNetModel m = new AttendNetModel(config, device);
        NnEngine.get().setRandomSeed(seed);
        m.net.initialize(m.model.getNDManager(), DataType.FLOAT32, m.inputShape(1));
        return m;
    }

    /** A network with parameters read from a file written by {@link #save(Path)}. */
    public static AttendNetModel load(AttendNetConfig config, Device device, Path parameters) throws IOException {
        AttendNetModel m = create(config, device, 0);
        try (InputStream in = Files.newInputStream(parameters)) {
            m.loadParameters(in);
        } catch (MalformedModelException | IllegalArgumentException e) {
            m.close();
            throw new IOException(parameters + ": parameters do not fit this network (" + e.getMessage() + ")", e);
        }
        return m;
    }

    public AttendNetConfig config() {
        return config;
    }

    /** The DJL model, for training. */
    Model djlModel() {
        return model;
    }

    AttendNet net() {
        return net;
    }

    /** Number of trained weights (batch-norm running statistics excluded), e.g. to compare with another build. */
    public long trainableParameterCount() {
        return net.getParameters().values().stream().filter(Parameter::requiresGradient)
                .mapToLong(p -> p.getArray().size()).sum();
    }

    /** Shape of a batch of {@code batch} windows. */
    public Shape inputShape(int batch) {
        return new Shape(batch, config.channels(), config.samples());
    }

    /** Probabilities and attention weights for windows {@code [trial][channel][sample]}, already aligned. */
    public synchronized NetOutput infer(float[][][] batch) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList out = forward(scope, batch, inferenceStore, false);
            return new NetOutput(rows(out.get(0).softmax(1)), rows(out.get(1)), rows(out.get(2)));
        }
    }

    /** Only the class probabilities: skips copying the attention weights off the device. */
    public synchronized float[][] probabilities(float[][][] batch) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            return rows(forward(scope, batch, inferenceStore, false).get(0).softmax(1));
        }
    }

    NDList forward(NDManager scope, float[][][] batch, ParameterStore store, boolean training) {
        return net.forward(store, new NDList(toArray(scope, batch)), training);
    }

    NDArray toArray(NDManager scope, float[][][] batch) {
        int c = config.channels();
        int t = config.samples();
        float[] flat = new float[batch.length * c * t];
        for (int i = 0; i < batch.length; i++) {
            if (batch[i].length != c || batch[i][0].length != t) {
                throw new IllegalArgumentException("window " + i + " is " + batch[i].length + "×"
                        + batch[i][0].length + ", the network takes " + c + "×" + t);
            }
            for (int ch = 0; ch < c; ch++) {
                System.arraycopy(batch[i][ch], 0, flat, (i * c + ch) * t, t);
            }
        }
        return owned(scope.create(flat, inputShape(batch.length)));
    }

    /**
     * A copy of {@code blob} in memory libtorch owns. DJL builds arrays from Java data on a direct buffer
     * that only the Java array object keeps alive; autograd may hold on to such a tensor (or a view of it)
     * longer than that, and then reads memory the garbage collector has freed.
     */
    static NDArray owned(NDArray blob) {
        try (blob) {
            return blob.duplicate();
        }
    }

    private static float[][] rows(NDArray array) {
        int n = (int) array.getShape().get(0);
        int m = (int) array.getShape().get(1);
        float[] flat = array.toFloatArray();
        float[][] out = new float[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * m, out[i], 0, m);
        }
        return out;
    }

    /** Writes the parameters (weights and batch-norm statistics). */
    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(snapshot());
        }
    }

    /** The parameters as bytes, e.g. to keep the best epoch in memory. */
    public byte[] snapshot() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            net.saveParameters(out);
        }
        return bytes.toByteArray();
    }

    /** Restores parameters from {@link #snapshot()}. */
    public void restore(byte[] snapshot) {
        try {
            loadParameters(new ByteArrayInputStream(snapshot));
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("restoring an in-memory snapshot failed", e);
        }
    }

    private synchronized void loadParameters(InputStream in) throws IOException, MalformedModelException {
        net.loadParameters(model.getNDManager(), new DataInputStream(in));
        inferenceStore = new ParameterStore(model.getNDManager(), false);
    }

    @Override
    public void close() {
        model.close();
    }
}
