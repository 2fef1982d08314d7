package org.attend.decode;

import java.util.List;

/**
 * A decoder that treats each training subject as a group of its own, e.g. to re-centre every subject on its
 * own mean covariance (Euclidean alignment). Evaluations and training hand it the training subjects one by one
 * where they have them (leave-one-subject-out, {@code attend train}); {@link Decoder#fit} is the one-group case.
 */
public interface SubjectGroupsFit {

    /** Trains on the epochs of several subjects, one {@link LabeledEpochs} per subject, from scratch. */
    void fitSubjects(List<LabeledEpochs> subjects);

    /**
     * Adapts a trained decoder to several subjects' epochs ({@link Decoder#fineTune} by groups); by default a
     * plain refit, which is what a classical decoder does.
     */
    default void fineTuneSubjects(List<LabeledEpochs> subjects) {
        fitSubjects(subjects);
    }
}
