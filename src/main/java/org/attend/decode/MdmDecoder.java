package org.attend.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Minimum distance to mean (pyRiemann's {@code MDM(metric='riemann')}): each class is the Riemannian mean of
 * its training covariances; a window's class probabilities are the softmax of its negative squared
 * Riemannian distances to the class means.
 */
public final class MdmDecoder extends RiemannianDecoder {

    /** Registered name. */
    public static final String NAME = "mdm";

    private List<DMatrixRMaj> means;

    public MdmDecoder(InputContract contract) {
        super(NAME, contract);
    }

    MdmDecoder(InputContract contract, List<DMatrixRMaj> means, Map<String, Object> training) {
        super(NAME, contract);
        this.means = means;
        setTraining(training);
    }

    @Override
    void fitCovariances(List<DMatrixRMaj> covariances, int[] labels) {
        List<DMatrixRMaj> fitted = new ArrayList<>();
        for (int k = 0; k < contract().classes().size(); k++) {
            List<DMatrixRMaj> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == k) {
                    members.add(covariances.get(i));
                }
            }
            if (members.isEmpty()) {
                throw new IllegalArgumentException("class " + contract().classes().get(k) + " has no trials");
            }
            fitted.add(SpdMatrices.riemannianMean(members));
        }
        means = fitted;
    }

    @Override
    boolean isFitted() {
        return means != null;
    }

    @Override
    double[] probabilities(DMatrixRMaj covariance) {
        double[] scores = new double[means.size()];
        for (int k = 0; k < scores.length; k++) {
            double d = SpdMatrices.distance(means.get(k), covariance);
            scores[k] = -d * d;
        }
        return LinearSoftmax.softmax(scores);
    }

    /** Riemannian mean covariance of each class. */
    public List<DMatrixRMaj> classMeans() {
        return means;
    }

    @Override
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("classMeans", means.stream().map(SpdMatrices::toArray).toList());
        return p;
    }
}
