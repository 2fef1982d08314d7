package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.attend.stream.Window;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CspTest {

    /** Trials whose channel {@code 0} (class 0) or {@code 1} (class 1) carries three times the variance. */
    static LabeledEpochs varianceTask(int trialsPerClass, int classes, long seed) {
        Random random = new Random(seed);
        int channels = 6;
        int samples = 200;
        float[][][] data = new float[trialsPerClass * classes][channels][samples];
        int[] labels = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            labels[i] = i % classes;
            for (int t = 0; t < samples; t++) {
                double common = random.nextGaussian();
                for (int c = 0; c < channels; c++) {
                    double gain = c == labels[i] ? 3 : 1;
                    data[i][c][t] = (float) (gain * random.nextGaussian() + 0.5 * common);
                }
            }
        }
        List<String> names = List.of("a", "b", "c").subList(0, classes);
        return new LabeledEpochs(data, labels, names, List.of("C1", "C2", "C3", "C4", "C5", "C6"), 100);
    }

    @Test
    void filtersSolveTheGeneralisedEigenproblemWithUnitNorm() {
        LabeledEpochs epochs = varianceTask(20, 2, 1);
        Csp csp = Csp.fit(epochs, 6);
        DMatrixRMaj c0 = Covariances.concatenatedUncentred(java.util.stream.IntStream.range(0, epochs.size())
                .filter(i -> epochs.labels()[i] == 0).mapToObj(i -> epochs.data()[i]).toArray(float[][][]::new));
        DMatrixRMaj c1 = Covariances.concatenatedUncentred(java.util.stream.IntStream.range(0, epochs.size())
                .filter(i -> epochs.labels()[i] == 1).mapToObj(i -> epochs.data()[i]).toArray(float[][][]::new));
        DMatrixRMaj sum = new DMatrixRMaj(6, 6);
        CommonOps_DDRM.add(c0, c1, sum);
        double previousDistance = Double.POSITIVE_INFINITY;
        for (double[] filter : csp.filters()) {
            DMatrixRMaj w = DMatrixRMaj.wrap(6, 1, filter);
            double wBw = quadratic(w, sum);
            double lambda = quadratic(w, c0) / wBw;
            assertEquals(1.0, wBw, 1e-9, "w'(C0+C1)w = 1 as scipy.linalg.eigh normalises");
            DMatrixRMaj aw = new DMatrixRMaj(6, 1);
            DMatrixRMaj bw = new DMatrixRMaj(6, 1);
            CommonOps_DDRM.mult(c0, w, aw);
            CommonOps_DDRM.mult(sum, w, bw);
            for (int i = 0; i < 6; i++) {
                assertEquals(lambda * bw.get(i), aw.get(i), 1e-9);
            }
            double distance = Math.abs(lambda - 0.5);
            assertTrue(distance <= previousDistance + 1e-12, "ordered by |lambda - 0.5|, most discriminative first");
            previousDistance = distance;
        }
        // the first filter isolates one of the two high-variance channels
        double[] first = csp.filters()[0];
        int dominant = 0;
        for (int c = 1; c < 6; c++) {
            if (Math.abs(first[c]) > Math.abs(first[dominant])) {
                dominant = c;
            }
        }
        assertTrue(dominant <= 1, "first CSP filter weights channel 0 or 1 most, got " + dominant);
    }

    private static double quadratic(DMatrixRMaj w, DMatrixRMaj m) {
        DMatrixRMaj mw = new DMatrixRMaj(m.numRows, 1);
        CommonOps_DDRM.mult(m, w, mw);
        return CommonOps_DDRM.dot(w, mw);
    }

    @Test
    void cspLdaSeparatesHeldOutTrialsOfTwoAndThreeClasses() {
        for (int classes = 2; classes <= 3; classes++) {
            LabeledEpochs train = varianceTask(20, classes, 2);
            LabeledEpochs test = varianceTask(20, classes, 3);
            Decoder decoder = new CspLdaFactory().create(new InputContract(train.channels(), 100, 2.0, 8, 30,
                    train.classes()), DecoderOptions.none());
            decoder.fit(train);
            int correct = 0;
            for (int i = 0; i < test.size(); i++) {
                if (decoder.predict(new Window(test.data()[i], i, i)).best() == test.labels()[i]) {
                    correct++;
                }
            }
            assertTrue(correct >= 0.9 * test.size(), classes + " classes: " + correct + "/" + test.size());
        }
    }

    @Test
    void savedModelPredictsIdentically(@TempDir Path dir) throws Exception {
        LabeledEpochs train = varianceTask(15, 2, 4);
        Decoder decoder = Decoders.create("csp-lda", new InputContract(train.channels(), 100, 2.0, 8, 30,
                train.classes()));
        decoder.fit(train);
        decoder.save(dir);
        assertTrue(Files.exists(dir.resolve("model.json")));
        Decoder loaded = Decoders.load(dir);
        assertEquals(decoder.contract(), loaded.contract());
        for (int i = 0; i < 5; i++) {
            Window w = new Window(train.data()[i], i, i);
            assertEquals(decoder.predict(w).probabilities()[0], loaded.predict(w).probabilities()[0], 0f);
        }
    }

    @Test
    void unknownDecoderNamesTheKnownOnes() {
        var e = assertThrows(UnknownDecoderException.class, () -> Decoders.factory("no-such"));
        assertTrue(e.getMessage().contains("csp-lda"), e.getMessage());
    }
}
