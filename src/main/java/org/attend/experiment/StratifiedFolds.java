package org.attend.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stratified k-fold assignment: each class's trials are shuffled and dealt to the folds in turn. */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /**
     * The fold (0..k-1) of each trial.
     *
     * @throws IllegalArgumentException when a class has fewer than k trials
     */
    public static int[] assign(int[] labels, int k, Random random) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        }
        int classes = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        int[] fold = new int[labels.length];
        int offset = 0;
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            if (!members.isEmpty() && members.size() < k) {
                throw new IllegalArgumentException("class " + c + " has " + members.size() + " trials, fewer than "
                        + k + " folds");
            }
            Collections.shuffle(members, random);
            // continue dealing where the previous class stopped so fold sizes stay balanced
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = (offset + j) % k;
            }
            offset = (offset + members.size()) % k;
        }
        return fold;
    }
}
