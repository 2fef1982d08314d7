package org.attend.experiment;

import java.util.List;
import org.attend.decode.LabeledEpochs;

/** A scheme that trains on subjects other than the one it tests (their trials must be loaded). */
interface CrossSubjectScheme extends Scheme {

    @Override
    default boolean usesOtherSubjects() {
        return true;
    }

    /**
     * One split that trains on the trials of {@code others}, each subject its own group (for decoders that align
     * subjects one by one), and tests every trial of {@code target}.
     *
     * @throws IllegalArgumentException naming {@code scheme} when there is no other subject
     */
    static Split onOthers(String scheme, String label, SubjectEpochs target, List<SubjectEpochs> others) {
        if (others.isEmpty()) {
            throw new IllegalArgumentException(scheme + " needs at least two subjects");
        }
        List<LabeledEpochs> groups = others.stream().map(SubjectEpochs::epochs).toList();
        return new Split(label, LabeledEpochs.concat(groups), target.epochs(), groups);
    }
}
