package org.attend.decode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Tangent space + logistic regression (pyRiemann's {@code TangentSpace(metric='riemann')} followed by
 * scikit-learn's {@code LogisticRegression(C=1)}, MOABB's TS+LR pipeline): covariances are mapped to the
 * tangent space at the Riemannian mean of the training covariances and classified linearly.
 */
public final class TsLrDecoder extends RiemannianDecoder {

    /** Registered name. */
    public static final String NAME = "ts-lr";
    /** Inverse regularisation strength, scikit-learn's default. */
    public static final double C = 1.0;

    private DMatrixRMaj reference;
    private DMatrixRMaj invSqrtReference;
    private LogisticRegression classifier;

    public TsLrDecoder(InputContract contract) {
        super(NAME, contract);
    }

    TsLrDecoder(InputContract contract, DMatrixRMaj reference, LogisticRegression classifier,
                Map<String, Object> training) {
        super(NAME, contract);
        setReference(reference);
        this.classifier = classifier;
        setTraining(training);
    }

    @Override
    void fitCovariances(List<DMatrixRMaj> covariances, int[] labels) {
        setReference(SpdMatrices.riemannianMean(covariances));
        double[][] features = new double[covariances.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = SpdMatrices.tangentVector(covariances.get(i), invSqrtReference);
        }
        classifier = LogisticRegression.fit(features, labels, contract().classes().size(), C);
    }

    private void setReference(DMatrixRMaj r) {
        reference = r;
        invSqrtReference = SpdMatrices.invsqrtm(r);
    }

    @Override
    boolean isFitted() {
        return classifier != null;
    }

    @Override
    double[] probabilities(DMatrixRMaj covariance) {
        return classifier.probabilities(SpdMatrices.tangentVector(covariance, invSqrtReference));
    }

    @Override
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reference", SpdMatrices.toArray(reference));
        p.put("coefficients", classifier.coefficients());
        p.put("intercepts", classifier.intercepts());
        return p;
    }
}
