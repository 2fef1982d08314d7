package org.attend.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Stratified k-fold cross-validation inside each session of the subject (MOABB's WithinSessionEvaluation). */
public record WithinSession(int folds) implements Scheme {

    public static final String NAME = "within-session";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        Random random = Scheme.random(seed, target.subject());
        List<Split> splits = new ArrayList<>();
        for (String session : target.sessionIds()) {
            int[] trials = target.trialsOfSession(session);
            SubjectEpochs s = target.subset(trials);
            int[] fold = foldsOf(s, random);
            for (int f = 0; f < folds; f++) {
                int k = f;
                int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == k).toArray();
                int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != k).toArray();
                splits.add(new Split("session " + session + " fold " + (f + 1), s.epochs().subset(train),
                        s.epochs().subset(test)));
            }
        }
        return splits;
    }

    /** The fold of each trial of one session; the random state advances as in {@link #splits}. */
    int[] foldsOf(SubjectEpochs session, Random random) {
        return StratifiedFolds.assign(session.epochs().labels(), folds, random);
    }
}
