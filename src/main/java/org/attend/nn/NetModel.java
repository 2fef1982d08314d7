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
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link NetworkBlock} with its parameters on a device: batched inference, and parameter files.
 * Inference arrays live in a sub-manager closed after each call, so nothing leaks in a live session.
 */
public final class NetModel implements AutoCloseable {

    private final NetworkShape shape;
    private final Model model;
    private final NetworkBlock net;
    /** Caches parameter arrays: replaced whenever loading parameters replaces those arrays. */
    private ParameterStore inferenceStore;

    private NetModel(NetworkBlock net, Device device) {
        this.shape = net.shape();
        NnEngine.get();
        model = Model.newInstance("attend", device, NnEngine.ENGINE_NAME);
        this.net = net;
        model.setBlock(net);
        inferenceStore = new ParameterStore(model.getNDManager(), false);
    }

    /** {@code net} freshly initialised; {@code seed} fixes the initial weights. */
    public static NetModel create(NetworkBlock net, Device device, int seed) {
        NetModel m = new NetModel(net, device);
        synchronized (NnEngine.GENERATOR) {
            NnEngine.get().setRandomSeed(seed);
            m.net.initialize(m.model.getNDManager(), DataType.FLOAT32, m.inputShape(1));
        }
        return m;
    }

    /** {@code net} with parameters read from a file written by {@link #save(Path)}. */
    public static NetModel load(NetworkBlock net, Device device, Path parameters) throws IOException {
        NetModel m = create(net, device, 0);
        try (InputStream in = Files.newInputStream(parameters)) {
            m.loadParameters(in);
        } catch (MalformedModelException | IllegalArgumentException e) {
            m.close();
            throw new IOException(parameters + ": parameters do not fit this network (" + e.getMessage() + ")", e);
        }
        return m;
    }

    /** The window and classes of the network. */
    public NetworkShape shape() {
        return shape;
    }

    /** The DJL model, for training. */
    Model djlModel() {
        return model;
    }

    NetworkBlock net() {
        return net;
    }

    /** Number of trained weights (batch-norm running statistics excluded), e.g. to compare with another build. */
    public long trainableParameterCount() {
        return net.getParameters().values().stream().filter(Parameter::requiresGradient)
                .mapToLong(p -> p.getArray().size()).sum();
    }

    /**
     * How the network's {@link AdaptiveNorm} layers follow the user at inference from now on (test-time
     * adaptation); a network without such layers ignores it.
     */
    public void setAdaptation(AdaptiveNorm.Adaptation adaptation) {
        net.adaptiveNorms().forEach(n -> n.setAdaptation(adaptation));
    }

    /** Forgets what test-time adaptation learnt (a new user or session). */
    public void resetAdaptation() {
        net.adaptiveNorms().forEach(AdaptiveNorm::resetAdaptation);
    }

    /** Shape of a batch of {@code batch} windows. */
    public Shape inputShape(int batch) {
        return new Shape(batch, shape.channels(), shape.samples());
    }

    /** Probabilities and attention weights for windows {@code [trial][channel][sample]}, already aligned. */
    public synchronized NetOutput infer(float[][][] batch) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList out = forward(scope, batch, inferenceStore, false);
            NDArray bandTime = NetworkBlock.output(out, NetworkBlock.BAND_TIME_WEIGHTS);
            return new NetOutput(rows(NetworkBlock.output(out, NetworkBlock.LOGITS).softmax(1)),
                    rowsOrNull(NetworkBlock.output(out, NetworkBlock.CHANNEL_WEIGHTS)),
                    rowsOrNull(NetworkBlock.output(out, NetworkBlock.TIME_WEIGHTS)),
                    bandTime == null ? null : cube(bandTime));
        }
    }

    /** Only the class probabilities: skips copying the attention weights off the device. */
    public synchronized float[][] probabilities(float[][][] batch) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            return rows(NetworkBlock.output(forward(scope, batch, inferenceStore, false), NetworkBlock.LOGITS)
                    .softmax(1));
        }
    }

    NDList forward(NDManager scope, float[][][] batch, ParameterStore store, boolean training) {
        return net.forward(store, new NDList(toArray(scope, batch)), training);
    }

    /** The first {@code windows} windows of a flat batch ({@code [window][channel][sample]} in row order). */
    NDArray toArray(NDManager scope, float[] flat, int windows) {
        int length = windows * shape.channels() * shape.samples();
        return owned(scope.create(FloatBuffer.wrap(flat, 0, length), inputShape(windows)));
    }

    NDArray toArray(NDManager scope, float[][][] batch) {
        int c = shape.channels();
        int t = shape.samples();
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

    private static float[][] rowsOrNull(NDArray array) {
        return array == null ? null : rows(array);
    }

    private static float[][][] cube(NDArray array) {
        Shape s = array.getShape();
        int n = (int) s.get(0);
        int a = (int) s.get(1);
        int b = (int) s.get(2);
        float[] flat = array.toFloatArray();
        float[][][] out = new float[n][a][b];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < a; j++) {
                System.arraycopy(flat, (i * a + j) * b, out[i][j], 0, b);
            }
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
