package org.attend.decode;

import static org.attend.decode.Fixtures.assertMatrix;
import static org.attend.decode.Fixtures.assertRows;
import static org.attend.decode.Fixtures.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Window;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPD matrix functions, Riemannian mean, tangent space, MDM and TS+LR against scipy/scikit-learn values. */
class RiemannianFixtureTest {

    static JsonNode fx;
    static LabeledEpochs epochs;

    @BeforeAll
    static void load() throws IOException {
        fx = Fixtures.read("riemann_fixture.json");
        epochs = Fixtures.epochs(fx);
    }

    private static List<DMatrixRMaj> covariances() {
        List<DMatrixRMaj> covs = new ArrayList<>();
        for (float[][] e : epochs.data()) {
            covs.add(Covariances.oas(e));
        }
        return covs;
    }

    @Test
    void oasCovarianceMatchesScikitLearn() {
        List<DMatrixRMaj> covs = covariances();
        for (int i = 0; i < covs.size(); i++) {
            assertMatrix(fx.get("oas").get(i), covs.get(i), 1e-9);
        }
    }

    @Test
    void matrixFunctionsMatchScipy() {
        DMatrixRMaj a = matrix(fx.get("a"));
        DMatrixRMaj b = matrix(fx.get("b"));
        assertMatrix(fx.get("sqrtm"), SpdMatrices.sqrtm(a), 1e-10);
        assertMatrix(fx.get("invsqrtm"), SpdMatrices.invsqrtm(a), 1e-10);
        assertMatrix(fx.get("logm"), SpdMatrices.logm(a), 1e-10);
        assertMatrix(fx.get("expm_small"), SpdMatrices.expm(matrix(fx.get("small"))), 1e-10);
        assertMatrix(fx.get("expm_of_logm_b"), SpdMatrices.expm(SpdMatrices.logm(b)), 1e-10);
        assertEquals(fx.get("distance_ab").asDouble(), SpdMatrices.distance(a, b), 1e-10);
        assertEquals(fx.get("distance_ab").asDouble(), SpdMatrices.distance(b, a), 1e-10);
    }

    @Test
    void riemannianMeanMatchesAndIsAKarcherPoint() {
        List<DMatrixRMaj> covs = covariances();
        DMatrixRMaj mean = SpdMatrices.riemannianMean(covs);
        assertMatrix(fx.get("mean"), mean, 1e-8);
        // at the mean the tangent vectors of the points sum to zero
        DMatrixRMaj isqrt = SpdMatrices.invsqrtm(mean);
        DMatrixRMaj sum = new DMatrixRMaj(mean.numRows, mean.numCols);
        for (DMatrixRMaj c : covs) {
            CommonOps_DDRM.addEquals(sum, SpdMatrices.logm(SpdMatrices.sandwich(isqrt, c, isqrt)));
        }
        assertTrue(NormOps_DDRM.normF(sum) / covs.size() < 1e-7, "gradient " + NormOps_DDRM.normF(sum));
    }

    @Test
    void tangentVectorsMatchPyRiemannLayout() {
        List<DMatrixRMaj> covs = covariances();
        DMatrixRMaj isqrt = SpdMatrices.invsqrtm(matrix(fx.get("mean")));
        double[][] t = new double[4][];
        for (int i = 0; i < 4; i++) {
            t[i] = SpdMatrices.tangentVector(covs.get(i), isqrt);
        }
        assertRows(fx.get("tangent"), t, 1e-9);
        // the vector's norm is the Riemannian distance to the reference
        double norm = Math.sqrt(java.util.Arrays.stream(t[0]).map(v -> v * v).sum());
        assertEquals(SpdMatrices.distance(matrix(fx.get("mean")), covs.get(0)), norm, 1e-9);
    }

    private static double[][] predictFirstFour(Decoder d) {
        double[][] p = new double[4][];
        for (int i = 0; i < 4; i++) {
            float[] f = d.predict(new Window(epochs.data()[i], 0, i)).probabilities();
            p[i] = new double[] {f[0], f[1]};
        }
        return p;
    }

    private static InputContract contract() {
        return new InputContract(epochs.channels(), 100, 0.6, 8, 30, epochs.classes());
    }

    @Test
    void mdmClassMeansAndProbabilitiesMatch() {
        MdmDecoder mdm = new MdmDecoder(contract());
        mdm.fit(epochs);
        assertMatrix(fx.get("class_means").get(0), mdm.classMeans().get(0), 1e-8);
        assertMatrix(fx.get("class_means").get(1), mdm.classMeans().get(1), 1e-8);
        assertRows(fx.get("mdm_proba"), predictFirstFour(mdm), 1e-6);
    }

    @Test
    void tangentSpaceLogisticRegressionMatchesScikitLearn() {
        TsLrDecoder tslr = new TsLrDecoder(contract());
        tslr.fit(epochs);
        assertRows(fx.get("tslr_proba"), predictFirstFour(tslr), 1e-6);
    }

    @Test
    void savedModelsPredictTheSame(@TempDir Path dir) throws IOException {
        for (String kind : List.of(MdmDecoder.NAME, TsLrDecoder.NAME)) {
            Decoder d = Decoders.create(kind, contract());
            d.fit(epochs);
            d.save(dir.resolve(kind));
            Decoder loaded = Decoders.load(dir.resolve(kind));
            assertEquals(kind, loaded.name());
            double[][] before = predictFirstFour(d);
            double[][] after = predictFirstFour(loaded);
            for (int i = 0; i < 4; i++) {
                assertEquals(before[i][1], after[i][1], 1e-7);
            }
        }
    }
}
