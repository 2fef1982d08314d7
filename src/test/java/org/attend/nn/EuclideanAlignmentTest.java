package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class EuclideanAlignmentTest {

    @Test
    void alignedTrialsHaveTheIdentityAsMeanCovariance() {
        float[][][] trials = AttendNetTest.noise(20, 6, 200, 5);
        // correlate and scale the channels so that the mean covariance is far from the identity
        for (float[][] trial : trials) {
            for (int k = 0; k < 200; k++) {
                trial[1][k] = 30 * trial[1][k] + 20 * trial[0][k];
                trial[3][k] = 0.1f * trial[3][k];
            }
        }
        DMatrixRMaj aligned = EuclideanAlignment.meanCovariance(EuclideanAlignment.alignGroup(trials));
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(i == j ? 1.0 : 0.0, aligned.get(i, j), 1e-4);
            }
        }
    }

    @Test
    void inverseSquareRootSquaresToTheInverse() {
        DMatrixRMaj r = new DMatrixRMaj(new double[][] {{4, 1, 0}, {1, 3, 0.5}, {0, 0.5, 2}});
        DMatrixRMaj w = EuclideanAlignment.inverseSqrt(r);
        DMatrixRMaj product = new DMatrixRMaj(3, 3);
        DMatrixRMaj wrw = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.mult(w, r, product);
        CommonOps_DDRM.mult(product, w, wrw);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1.0 : 0.0, wrw.get(i, j), 1e-12);
            }
        }
    }

    @Test
    void onlineReferenceIsTheWeightedMeanOfPriorAndWindows() {
        float[][][] windows = AttendNetTest.noise(3, 4, 100, 9);
        DMatrixRMaj prior = CommonOps_DDRM.identity(4);
        OnlineAlignment online = new OnlineAlignment(prior, true, 2, 100);
        for (float[][] w : windows) {
            online.align(w);
        }
        DMatrixRMaj expected = prior.copy();
        CommonOps_DDRM.scale(2, expected);
        for (float[][] w : windows) {
            CommonOps_DDRM.addEquals(expected, EuclideanAlignment.covariance(w));
        }
        CommonOps_DDRM.divide(expected, 5);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected.get(i, j), online.reference().get(i, j), 1e-12);
            }
        }
        online.reset();
        assertEquals(1.0, online.reference().get(2, 2));
    }
}
