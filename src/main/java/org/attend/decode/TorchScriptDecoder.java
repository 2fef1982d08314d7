package org.attend.decode;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.attend.nn.NnEngine;
import org.attend.nn.Softmax;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * The {@value #NAME} decoder: any TorchScript module (e.g. a braindecode network exported with
 * {@code torch.jit.trace}) beside a model card. The module takes {@code (batch, channels, samples)} float
 * microvolts in the contract's channel order and returns logits (card parameter {@code "output": "logits"},
 * the default) or probabilities ({@code "probabilities"}) as its first output. Trained elsewhere: {@link #fit}
 * is not supported. Predictions carry no attention map.
 */
public final class TorchScriptDecoder implements Decoder {

    public static final String NAME = "torchscript";
    static final String DEFAULT_FILE = "model.pt";

    private final ModelCard card;
    private final Path file;
    private final Model model;
    private final ParameterStore store;
    private final boolean outputsLogits;

    private TorchScriptDecoder(ModelCard card, Path file, Model model, boolean outputsLogits) {
        this.card = card;
        this.file = file;
        this.model = model;
        this.store = new ParameterStore(model.getNDManager(), false);
        this.outputsLogits = outputsLogits;
    }

    /** Loads the TorchScript file named by the card ({@code parameters.file}, default {@code model.pt}). */
    public static TorchScriptDecoder load(Path modelDir, NnRuntime runtime) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        Map<String, Object> p = card.parameters();
        Path file = modelDir.resolve(String.valueOf(p.getOrDefault("file", DEFAULT_FILE)));
        String output = String.valueOf(p.getOrDefault("output", "logits"));
        if (!output.equals("logits") && !output.equals("probabilities")) {
            throw new IOException(modelDir.resolve(ModelCard.FILE_NAME) + ": 'output' must be logits or "
                    + "probabilities, got '" + output + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(modelDir + ": TorchScript file " + file.getFileName() + " not found");
        }
        runtime.start();
        Model model = Model.newInstance(NAME, NnEngine.device(runtime.device()), NnEngine.ENGINE_NAME);
        try {
            model.load(file);
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException(file + ": not a TorchScript module this PyTorch can load: " + e.getMessage(), e);
        }
        return new TorchScriptDecoder(card, file, model, output.equals("logits"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InputContract contract() {
        return card.contract();
    }

    @Override
    public void fit(LabeledEpochs epochs) {
        throw new UnsupportedOperationException("the " + NAME + " decoder runs a model trained elsewhere; "
                + "train in PyTorch and export it with torch.jit.trace, or use the 'attend' decoder");
    }

    @Override
    public Prediction predict(Window window) {
        long start = System.nanoTime();
        float[] out = forward(window.data());
        float[] probabilities = outputsLogits ? softmax(out) : out;
        return new Prediction(contract().classes().toArray(new String[0]), probabilities, null, window.endTime(),
                System.nanoTime() - start);
    }

    /** The module's first output for one window {@code [channel][sample]}. */
    synchronized float[] forward(float[][] window) {
        int c = contract().channels().size();
        int t = contract().windowSamples();
        if (window.length != c || window[0].length != t) {
            throw new IllegalArgumentException("window is " + window.length + " channels × " + window[0].length
                    + " samples; " + file.getFileName() + " takes " + c + " × " + t);
        }
        float[] flat = new float[c * t];
        for (int ch = 0; ch < c; ch++) {
            System.arraycopy(window[ch], 0, flat, ch * t, t);
        }
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray x = scope.create(flat, new Shape(1, c, t));
            NDList out = model.getBlock().forward(store, new NDList(x), false);
            float[] values = out.get(0).toFloatArray();
            if (values.length != contract().classes().size()) {
                throw new IllegalStateException(file + " returned " + values.length + " values for "
                        + contract().classes().size() + " classes");
            }
            return values;
        }
    }

    private static float[] softmax(float[] logits) {
        double[] scores = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            scores[i] = logits[i];
        }
        return Softmax.of(scores);
    }

    /** Copies the TorchScript file and the card into another folder. */
    @Override
    public void save(Path modelDir) throws IOException {
        Files.createDirectories(modelDir);
        Files.copy(file, modelDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        card.write(modelDir);
    }

    @Override
    public void close() {
        model.close();
    }
}
