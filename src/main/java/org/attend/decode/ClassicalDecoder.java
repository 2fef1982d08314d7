package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * Common ground of the classical decoders (CSP+LDA, FBCSP+LDA, the Riemannian ones): the class check before
 * fitting, the "used before fit" guard, the timed prediction and the model card, so that a subclass only says how
 * it fits, whether it is fitted, how a window becomes class probabilities and what parameters it saves.
 */
abstract class ClassicalDecoder implements Decoder {

    private final String name;
    private final InputContract contract;
    private Map<String, Object> training = Map.of();

    /** @param name the registered name of the decoder's kind */
    ClassicalDecoder(String name, InputContract contract) {
        this.name = name;
        this.contract = contract;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final InputContract contract() {
        return contract;
    }

    /**
     * Checks that the epochs have the contract's classes, fits on the contract's channels in its order, and notes
     * the trial counts for the model card.
     */
    @Override
    public final void fit(LabeledEpochs epochs) {
        if (!epochs.classes().equals(contract.classes())) {
            throw new IllegalArgumentException("epochs have classes " + epochs.classes() + ", the decoder "
                    + contract.classes());
        }
        fitEpochs(epochs.pick(contract));
        training = Map.of("trials", epochs.size(), "trialsPerClass", epochs.classCounts());
    }

    @Override
    public final Prediction predict(Window window) {
        requireFitted("used");
        long start = System.nanoTime();
        double[] p = probabilities(window.data());
        float[] probabilities = new float[p.length];
        for (int k = 0; k < p.length; k++) {
            probabilities[k] = (float) p[k];
        }
        return new Prediction(contract.classes().toArray(String[]::new), probabilities, null, window.endTime(),
                System.nanoTime() - start);
    }

    @Override
    public final void save(Path modelDir) throws IOException {
        requireFitted("saved");
        new ModelCard(name(), ModelCard.currentAttendVersion(), contract, training, Map.of(), parameters())
                .write(modelDir);
    }

    /** Restores what {@link #fit} noted about the training data (a decoder loaded from its model card). */
    void setTraining(Map<String, Object> training) {
        this.training = training;
    }

    private void requireFitted(String what) {
        if (!isFitted()) {
            throw new IllegalStateException(name() + " decoder " + what + " before fit");
        }
    }

    /** Fits on epochs whose classes are the contract's. */
    abstract void fitEpochs(LabeledEpochs epochs);

    /** Whether {@link #fitEpochs} ran (or the decoder was loaded fitted). */
    abstract boolean isFitted();

    /** Class probabilities of one window {@code [channel][sample]}, in the contract's class order. */
    abstract double[] probabilities(float[][] window);

    /** Learned parameters for the model card. */
    abstract Map<String, Object> parameters();
}
