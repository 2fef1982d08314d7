package org.attend.decode;

import java.util.ArrayList;
import java.util.List;
import org.attend.nn.EuclideanAlignment;
import org.attend.nn.OnlineAlignment;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Euclidean alignment of training subjects (He &amp; Wu 2020), shared by every decoder that aligns
 * ({@code ea-…} and the neural decoders): each subject is re-centred on its own mean covariance
 * ({@code R^-1/2 X}), and the mean of those references becomes the prior of the {@link OnlineAlignment} that
 * aligns windows at prediction time, adapting to a new user without labels.
 *
 * @param windows aligned windows of every subject, in contract channel order
 * @param labels  class index of each window (the subjects' class order, which must agree)
 * @param groupOf subject index of each window
 * @param groups  number of subjects
 * @param prior   mean of the subjects' reference covariances
 */
public record SubjectAlignment(float[][][] windows, int[] labels, int[] groupOf, int groups, DMatrixRMaj prior) {

    /** Windows the prior counts for in online alignment, and after how many the mean starts forgetting. */
    public static final int PRIOR_WEIGHT_WINDOWS = 20;
    public static final int HORIZON_WINDOWS = 400;

    /**
     * Aligns each subject on its own, in {@code channels} order (labels matched as {@link ChannelLayout} does).
     *
     * @throws IllegalArgumentException when subjects disagree on their classes, or a window is not finite
     */
    public static SubjectAlignment of(List<LabeledEpochs> subjects, List<String> channels) {
        int c = channels.size();
        DMatrixRMaj prior = new DMatrixRMaj(c, c);
        List<float[][]> aligned = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        LabeledEpochs first = subjects.get(0);
        for (int g = 0; g < subjects.size(); g++) {
            LabeledEpochs subject = subjects.get(g);
            if (!subject.classes().equals(first.classes())) {
                throw new IllegalArgumentException("subjects with different classes: " + first.classes() + ", "
                        + subject.classes());
            }
            float[][][] windows = subject.pick(channels).data();
            DMatrixRMaj reference = EuclideanAlignment.meanCovariance(windows);
            CommonOps_DDRM.addEquals(prior, reference);
            DMatrixRMaj transform = EuclideanAlignment.inverseSqrt(reference);
            for (int i = 0; i < windows.length; i++) {
                aligned.add(EuclideanAlignment.apply(transform, windows[i]));
                labels.add(subject.labels()[i]);
                groups.add(g);
            }
        }
        CommonOps_DDRM.divide(prior, subjects.size());
        return new SubjectAlignment(aligned.toArray(float[][][]::new), labels.stream().mapToInt(i -> i).toArray(),
                groups.stream().mapToInt(i -> i).toArray(), subjects.size(), prior);
    }

    /** The online alignment of new windows: starts at the prior and, when {@code adapt}, follows them. */
    public OnlineAlignment online(boolean adapt) {
        return new OnlineAlignment(prior, adapt, PRIOR_WEIGHT_WINDOWS, HORIZON_WINDOWS);
    }

    /** The aligned windows as labelled epochs of {@code template}'s classes, channels and rate. */
    public LabeledEpochs epochs(LabeledEpochs template, List<String> channels) {
        return new LabeledEpochs(windows, labels, template.classes(), channels, template.sampleRateHz());
    }
}
