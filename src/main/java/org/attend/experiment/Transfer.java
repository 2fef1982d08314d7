package org.attend.experiment;

import org.attend.decode.LabeledEpochs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Train on every other subject plus {@code calibrationTrials} trials of the target (drawn stratified, at
 * random), test on the target's remaining trials.
 */
public record Transfer(int calibrationTrials) implements CrossSubjectScheme {

    public static final String NAME = "transfer";

    public Transfer {
        if (calibrationTrials < 0) {
            throw new IllegalArgumentException("calibration trials must be >= 0, got " + calibrationTrials);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        if (others.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs at least two subjects");
        }
        int n = target.epochs().size();
        if (calibrationTrials >= n) {
            throw new IllegalArgumentException("subject " + target.subject() + " has " + n
                    + " trials, not more than the " + calibrationTrials + " calibration trials");
        }
        // the first N trials of a stratified deal: classes alternate, each class in random order
        List<Integer> order = stratifiedOrder(target.epochs().labels(), Scheme.random(seed, target.subject()));
        boolean[] calibration = new boolean[n];
        for (int i = 0; i < calibrationTrials; i++) {
            calibration[order.get(i)] = true;
        }
        int[] calib = IntStream.range(0, n).filter(i -> calibration[i]).toArray();
        int[] test = IntStream.range(0, n).filter(i -> !calibration[i]).toArray();
        List<org.attend.decode.LabeledEpochs> train = new ArrayList<>();
        others.forEach(o -> train.add(o.epochs()));
        if (calib.length > 0) {
            train.add(target.epochs().subset(calib));
        }
        return List.of(new Split("subject " + target.subject() + " + " + calibrationTrials + " calibration trials",
                LabeledEpochs.concat(train), target.epochs().subset(test)));
    }

    /** Trial indices with the classes interleaved, each class shuffled. */
    static List<Integer> stratifiedOrder(int[] labels, Random random) {
        int classes = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            int k = c;
            List<Integer> members = new ArrayList<>(IntStream.range(0, labels.length).filter(i -> labels[i] == k)
                    .boxed().toList());
            Collections.shuffle(members, random);
            byClass.add(members);
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; order.size() < labels.length; j++) {
            for (List<Integer> members : byClass) {
                if (j < members.size()) {
                    order.add(members.get(j));
                }
            }
        }
        return order;
    }
}
