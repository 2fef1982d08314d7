package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.ejml.data.DMatrixRMaj;

/**
 * Common ground of the Riemannian decoders: each window becomes its OAS-shrunk spatial covariance matrix
 * (pyRiemann's {@code Covariances('oas')}), which a subclass classifies.
 */
abstract class RiemannianDecoder implements Decoder {

    private final InputContract contract;
    private Map<String, Object> training = Map.of();

    RiemannianDecoder(InputContract contract) {
        this.contract = contract;
    }

    @Override
    public InputContract contract() {
        return contract;
    }

    @Override
    public final void fit(LabeledEpochs epochs) {
        if (!epochs.classes().equals(contract.classes())) {
            throw new IllegalArgumentException("epochs have classes " + epochs.classes() + ", the decoder "
                    + contract.classes());
        }
        List<DMatrixRMaj> covariances = new ArrayList<>();
        for (float[][] trial : epochs.data()) {
            covariances.add(Covariances.oas(trial));
        }
        fitCovariances(covariances, epochs.labels());
        training = Map.of("trials", epochs.size(), "trialsPerClass", epochs.classCounts());
    }

    @Override
    public final Prediction predict(Window window) {
        if (!isFitted()) {
            throw new IllegalStateException(name() + " decoder used before fit");
        }
        long start = System.nanoTime();
        double[] p = probabilities(Covariances.oas(window.data()));
        float[] probabilities = new float[p.length];
        for (int k = 0; k < p.length; k++) {
            probabilities[k] = (float) p[k];
        }
        return new Prediction(contract.classes().toArray(String[]::new), probabilities, null, window.endTime(),
                System.nanoTime() - start);
    }

    @Override
    public final void save(Path modelDir) throws IOException {
        if (!isFitted()) {
            throw new IllegalStateException(name() + " decoder saved before fit");
        }
        new ModelCard(name(), ModelCard.currentAttendVersion(), contract, training, Map.of(), parameters())
                .write(modelDir);
    }

    /** Restores what {@link #fit} recorded about the training data. */
    void setTraining(Map<String, Object> training) {
        this.training = training;
    }

    abstract void fitCovariances(List<DMatrixRMaj> covariances, int[] labels);

    abstract boolean isFitted();

    abstract double[] probabilities(DMatrixRMaj covariance);

    /** Learned parameters for the model card. */
    abstract Map<String, Object> parameters();

    /** Reads a square matrix stored by {@link SpdMatrices#toArray}. */
    static DMatrixRMaj matrix(Object stored) {
        return new DMatrixRMaj(ModelCard.json().convertValue(stored, double[][].class));
    }
}
