package org.attend.experiment;

import java.util.List;

/** Train on every other subject, test on all trials of the target subject. */
public record LeaveOneSubjectOut() implements CrossSubjectScheme {

    public static final String NAME = "leave-one-subject-out";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        return List.of(CrossSubjectScheme.onOthers(NAME, "subject " + target.subject(), target, others));
    }
}
