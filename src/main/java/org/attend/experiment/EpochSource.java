package org.attend.experiment;

import java.io.IOException;
import org.attend.decode.InputContract;

/** Gives the trials of a subject of the evaluation. */
@FunctionalInterface
public interface EpochSource {

    /** The trials of {@code subject}. */
    SubjectEpochs of(String subject) throws IOException;

    /**
     * The trials of {@code subject} cut as a trained model's contract needs them (its preprocessing, band,
     * channels and window length), for {@code model:} and {@code finetune:} decoders.
     *
     * @throws UnsupportedOperationException where the source only holds the paradigm's trials
     */
    default SubjectEpochs of(String subject, InputContract contract) throws IOException {
        throw new UnsupportedOperationException("this engine ships the paradigm's trials only; evaluate trained "
                + "models (model:, finetune:) on the local engine");
    }
}
