package org.attend.experiment;

import java.util.List;

/** No fitting: every trial of the subject is decoded by an already-trained model ({@code model:PATH}). */
public record TestOnly() implements Scheme {

    public static final String NAME = "test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean fits() {
        return false;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        return List.of(new Split("all trials", null, target.epochs()));
    }
}
