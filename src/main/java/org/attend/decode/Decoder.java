package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * A trainable classifier of EEG windows. Implementations are plugins: a {@link DecoderFactory} registered
 * in {@code META-INF/services/org.attend.decode.DecoderFactory} makes one available by name.
 *
 * <p>The caller delivers windows that already satisfy {@link #contract()}: channels in the contract's
 * order, at its sample rate, preprocessed as its {@link InputContract#preprocessing()} says,
 * {@code windowSeconds} long.
 *
 * <p>A decoder may hold native memory (the neural decoders hold engine tensors): open it in
 * try-with-resources, or close it when done; a closed decoder is not used again.
 */
public interface Decoder extends AutoCloseable {

    /** The registered name of this decoder's kind, e.g. {@code "csp-lda"}. */
    String name();

    /** What this decoder expects as input and which classes it predicts. */
    InputContract contract();

    /** Trains on labelled epochs laid out as the contract says, from scratch. */
    void fit(LabeledEpochs epochs);

    /**
     * Adapts a trained decoder to new labelled epochs (a new user's calibration trials). The default is a
     * plain refit ({@link #fit}), which is what a classical decoder does; a neural decoder continues training
     * from its current weights instead.
     */
    default void fineTune(LabeledEpochs epochs) {
        fit(epochs);
    }

    /**
     * Figures of the last training (validation accuracy, epochs, …) for the model card and summaries; empty by
     * default.
     */
    default Map<String, Object> trainingMetrics() {
        return Map.of();
    }

    /**
     * Where the training data came from (dataset, subjects, command), recorded in the model card that
     * {@link #save} writes; ignored by default.
     */
    default void describeTraining(Map<String, Object> info) {
    }

    /** Class probabilities for one window, in the order of {@code contract().classes()}. */
    Prediction predict(Window window);

    /**
     * Forgets what the decoder adapted to at run time, without labels (online alignment, normalisation
     * statistics): call it when a new user or session starts. The default holds no such state.
     */
    default void resetAdaptation() {
    }

    /**
     * Makes the first real window as fast as the rest: decodes {@code windows} windows of noise shaped as the
     * contract says (JIT compilation, the engine's first calls, lazy allocation), then {@link #resetAdaptation()}s
     * so that the noise leaves no trace.
     */
    default void warmUp(int windows) {
        InputContract c = contract();
        Random random = new Random(windows);
        for (int i = 0; i < windows; i++) {
            float[][] data = new float[c.channels().size()][c.windowSamples()];
            for (float[] row : data) {
                for (int t = 0; t < row.length; t++) {
                    row[t] = (float) (WARM_UP_MICROVOLTS * random.nextGaussian());
                }
            }
            predict(new Window(data, i, i));
        }
        resetAdaptation();
    }

    /** Amplitude of the noise {@link #warmUp} decodes, µV: the scale of EEG after a band-pass. */
    double WARM_UP_MICROVOLTS = 10;

    /** Writes a model folder: {@code model.json} (the model card) beside the weights. */
    void save(Path modelDir) throws IOException;

    /** Releases native memory; the default holds none. Never throws. */
    @Override
    default void close() {
    }
}
