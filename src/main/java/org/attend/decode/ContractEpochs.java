package org.attend.decode;

import java.util.Arrays;

/** Labelled epochs laid out as a decoder's contract wants them: its channels in its order, its classes, its window. */
final class ContractEpochs {

    private ContractEpochs() {
    }

    /**
     * {@code epochs} with the contract's channels (matched by label), labels re-indexed into the contract's
     * classes, each trial cut to the contract's window.
     *
     * @throws IllegalArgumentException in one line: another rate, a class the contract lacks, a trial shorter than
     *                                  the window, a non-finite sample; a missing channel names the channels
     */
    static LabeledEpochs arrange(LabeledEpochs epochs, InputContract contract) {
        if (Math.abs(epochs.sampleRateHz() - contract.sampleRateHz()) > 1e-6) {
            throw new IllegalArgumentException("epochs at " + epochs.sampleRateHz() + " Hz, the model takes "
                    + contract.sampleRateHz() + " Hz");
        }
        LabeledEpochs picked = epochs.pick(contract);
        int[] classMap = new int[epochs.classes().size()];
        for (int k = 0; k < classMap.length; k++) {
            classMap[k] = contract.classes().indexOf(epochs.classes().get(k));
            if (classMap[k] < 0) {
                throw new IllegalArgumentException("epochs of class '" + epochs.classes().get(k)
                        + "' but the model predicts " + contract.classes());
            }
        }
        int samples = contract.windowSamples();
        int channels = contract.channels().size();
        float[][][] windows = new float[epochs.size()][channels][];
        int[] labels = new int[epochs.size()];
        for (int i = 0; i < epochs.size(); i++) {
            float[][] trial = picked.data()[i];
            if (trial[0].length < samples) {
                throw new IllegalArgumentException("epoch " + i + " has " + trial[0].length
                        + " samples, the window needs " + samples);
            }
            for (int c = 0; c < channels; c++) {
                float[] row = trial[c];
                windows[i][c] = row.length == samples ? row : Arrays.copyOf(row, samples);
                for (float v : windows[i][c]) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("epoch " + i + ", channel " + contract.channels().get(c)
                                + ": non-finite sample " + v);
                    }
                }
            }
            labels[i] = classMap[epochs.labels()[i]];
        }
        return new LabeledEpochs(windows, labels, contract.classes(), contract.channels(), contract.sampleRateHz());
    }
}
