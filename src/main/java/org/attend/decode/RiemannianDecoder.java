package org.attend.decode;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Common ground of the Riemannian decoders: each window becomes its OAS-shrunk spatial covariance matrix
 * (pyRiemann's {@code Covariances('oas')}), which a subclass classifies.
 */
abstract class RiemannianDecoder extends ClassicalDecoder {

    RiemannianDecoder(String name, InputContract contract) {
        super(name, contract);
    }

    @Override
    final void fitEpochs(LabeledEpochs epochs) {
        List<DMatrixRMaj> covariances = new ArrayList<>();
        for (float[][] trial : epochs.data()) {
            covariances.add(Covariances.oas(trial));
        }
        fitCovariances(covariances, epochs.labels());
    }

    @Override
    final double[] probabilities(float[][] window) {
        return probabilities(Covariances.oas(window));
    }

    abstract void fitCovariances(List<DMatrixRMaj> covariances, int[] labels);

    /** Class probabilities of one window's covariance. */
    abstract double[] probabilities(DMatrixRMaj covariance);

    /** Reads a square matrix stored by {@link SpdMatrices#toArray}. */
    static DMatrixRMaj matrix(Object stored) {
        return new DMatrixRMaj(ModelCard.json().convertValue(stored, double[][].class));
    }
}
