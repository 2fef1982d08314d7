package org.attend.experiment;

import java.util.List;

/**
 * Train on one group of subjects, test on every subject of another (both in one dataset): each decoder is
 * fitted once on the pooled trials of the training group (a decoder that fits subject groups aligns each
 * training subject on its own) and that one fit decodes all trials of each test subject. The evaluation's subjects are the test group.
 *
 * @param trainSubjects the training group; none of them may be tested
 */
public record SubjectHoldout(List<String> trainSubjects) implements CrossSubjectScheme {

    public static final String NAME = "subject-holdout";

    public SubjectHoldout {
        trainSubjects = List.copyOf(trainSubjects);
        if (trainSubjects.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs training subjects (--train-subjects)");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> poolSubjects(List<String> evaluated) {
        return trainSubjects;
    }

    @Override
    public boolean fitsOnce() {
        return true;
    }

    /** One split: the whole training group against all trials of {@code target}. */
    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        if (trainSubjects.contains(target.subject())) {
            throw new IllegalArgumentException(NAME + ": subject " + target.subject()
                    + " is in the training group " + trainSubjects + "; test other subjects");
        }
        return List.of(CrossSubjectScheme.onOthers(NAME, "trained on " + trainSubjects.size() + " subjects", target,
                others));
    }
}
