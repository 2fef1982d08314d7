package org.attend.experiment;

import java.util.List;
import org.attend.decode.LabeledEpochs;

/** Train on every other subject, test on all trials of the target subject. */
public record LeaveOneSubjectOut() implements Scheme {

    public static final String NAME = "leave-one-subject-out";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean usesOtherSubjects() {
        return true;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        if (others.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs at least two subjects");
        }
        List<LabeledEpochs> groups = others.stream().map(SubjectEpochs::epochs).toList();
        return List.of(new Split("subject " + target.subject(), LabeledEpochs.concat(groups), target.epochs(), groups));
    }
}
