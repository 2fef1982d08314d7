package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * A trainable classifier of EEG windows. Implementations are plugins: a {@link DecoderFactory} registered
 * in {@code META-INF/services/org.attend.decode.DecoderFactory} makes one available by name.
 *
 * <p>The caller delivers windows that already satisfy {@link #contract()}: channels in the contract's
 * order, at its sample rate, band-passed to its band, {@code windowSeconds} long.
 */
public interface Decoder {

    /** The registered name of this decoder's kind, e.g. {@code "csp-lda"}. */
    String name();

    /** What this decoder expects as input and which classes it predicts. */
    InputContract contract();

    /** Trains on labelled epochs laid out as the contract says. */
    void fit(LabeledEpochs epochs);

    /** Class probabilities for one window, in the order of {@code contract().classes()}. */
    Prediction predict(Window window);

    /** Writes a model folder: {@code model.json} (the model card) beside the weights. */
    void save(Path modelDir) throws IOException;
}
