package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.attend.experiment.Split;
import org.attend.nn.EuclideanAlignment;
import org.attend.nn.OnlineAlignment;
import org.attend.stream.Prediction;
import org.attend.stream.Window;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignedDecoderTest {

    /** Subject B: the same task seen through other electrode gains (another head, other impedances). */
    static LabeledEpochs otherHead(LabeledEpochs a) {
        float[] gains = {3f, 0.4f, 1.7f, 0.6f, 2.5f, 0.3f, 1.2f, 4f};
        float[][][] data = new float[a.size()][a.channels().size()][];
        for (int i = 0; i < a.size(); i++) {
            for (int c = 0; c < gains.length; c++) {
                data[i][c] = a.data()[i][c].clone();
                for (int k = 0; k < data[i][c].length; k++) {
                    data[i][c][k] *= gains[c];
                }
            }
        }
        return new LabeledEpochs(data, a.labels(), a.classes(), a.channels(), a.sampleRateHz());
    }

    @Test
    void trainsTheInnerDecoderOnEachSubjectAlignedOnItsOwnAndAlignsNewWindowsOnline() {
        LabeledEpochs a = SyntheticMotorImagery.epochs(60, 1);
        LabeledEpochs b = otherHead(SyntheticMotorImagery.epochs(60, 2));
        AlignedDecoder aligned = (AlignedDecoder) new AlignedDecoderFactory.CspLda()
                .create(SyntheticMotorImagery.contract(), DecoderOptions.none());
        aligned.fitSubjects(List.of(a, b));
        assertEquals("ea-csp-lda", aligned.name());

        // the same by hand: each subject whitened by its own mean covariance, then plain csp-lda
        LabeledEpochs byHand = LabeledEpochs.concat(List.of(alignedCopy(a), alignedCopy(b)));
        Decoder plain = new CspLdaFactory().create(SyntheticMotorImagery.contract(), DecoderOptions.none());
        plain.fit(byHand);
        DMatrixRMaj prior = EuclideanAlignment.meanCovariance(a.data());
        CommonOps_DDRM.addEquals(prior, EuclideanAlignment.meanCovariance(b.data()));
        CommonOps_DDRM.divide(prior, 2);
        OnlineAlignment online = new OnlineAlignment(prior, true, SubjectAlignment.PRIOR_WEIGHT_WINDOWS,
                SubjectAlignment.HORIZON_WINDOWS);
        LabeledEpochs test = SyntheticMotorImagery.epochs(6, 3);
        for (int i = 0; i < test.size(); i++) {
            Prediction got = aligned.predict(new Window(test.data()[i], i, i));
            Prediction expected = plain.predict(new Window(online.align(test.data()[i]), i, i));
            assertArrayEquals(expected.probabilities(), got.probabilities(), 1e-5f);
        }
    }

    @Test
    void savedModelReloadsToTheSamePredictions(@TempDir Path dir) throws Exception {
        LabeledEpochs a = SyntheticMotorImagery.epochs(60, 6);
        AlignedDecoderFactory factory = new AlignedDecoderFactory.TsLr();
        Decoder trained = factory.create(SyntheticMotorImagery.contract(), DecoderOptions.none());
        trained.fit(a);
        trained.save(dir);
        assertEquals("ea-ts-lr", ModelCard.read(dir).decoder());
        Decoder loaded = Decoders.load(dir);
        LabeledEpochs test = SyntheticMotorImagery.epochs(5, 7);
        for (int i = 0; i < test.size(); i++) {
            Window w = new Window(test.data()[i], i, i);
            assertArrayEquals(trained.predict(w).probabilities(), loaded.predict(w).probabilities(), 1e-6f);
        }
    }

    private static LabeledEpochs alignedCopy(LabeledEpochs e) {
        return new LabeledEpochs(EuclideanAlignment.alignGroup(e.data()), e.labels(), e.classes(), e.channels(),
                e.sampleRateHz());
    }
}
