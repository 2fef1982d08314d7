package org.attend.decode;

import java.util.List;

/**
 * A decoder that treats each training subject as a group of its own, e.g. to re-centre every subject on its
 * own mean covariance (Euclidean alignment). Evaluations hand it the training subjects one by one where they
 * have them (leave-one-subject-out); {@link Decoder#fit} is the one-group case.
 */
public interface SubjectGroupsFit {

    /** Trains on the epochs of several subjects, one {@link LabeledEpochs} per subject. */
    void fitSubjects(List<LabeledEpochs> subjects);
}
