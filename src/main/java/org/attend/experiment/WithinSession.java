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
        int[] fold = folds(target, seed);
        List<Split> splits = new ArrayList<>();
        for (String session : target.sessionIds()) {
            int[] trials = target.trialsOfSession(session);
            for (int f = 0; f < folds; f++) {
                int k = f;
                int[] test = IntStream.of(trials).filter(i -> fold[i] == k).toArray();
                int[] train = IntStream.of(trials).filter(i -> fold[i] != k).toArray();
                splits.add(new Split("session " + session + " fold " + (f + 1), target.epochs().subset(train),
                        target.epochs().subset(test)));
            }
        }
        return splits;
    }

    /** The test fold (0..k-1) of each trial of the subject; folds are drawn per session, stratified by class. */
    public int[] folds(SubjectEpochs target, long seed) {
        Random random = Scheme.random(seed, target.subject());
        int[] fold = new int[target.epochs().size()];
        for (String session : target.sessionIds()) {
            int[] trials = target.trialsOfSession(session);
            int[] labels = IntStream.of(trials).map(i -> target.epochs().labels()[i]).toArray();
            int[] f = StratifiedFolds.assign(labels, folds, random);
            for (int j = 0; j < trials.length; j++) {
                fold[trials[j]] = f[j];
            }
        }
        return fold;
    }
}
