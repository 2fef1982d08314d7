package org.attend.experiment;

import java.io.Serializable;
import java.util.List;
import java.util.Random;

/**
 * How a subject's trials are split into training and test sets. Serializable, so that an engine can ship it to
 * the workers that evaluate cells.
 */
public interface Scheme extends Serializable {

    /** Name in results, e.g. {@code "within-session"}. */
    String name();

    /** Whether the scheme pools other subjects (they must then be loaded). */
    default boolean usesOtherSubjects() {
        return false;
    }

    /**
     * The subjects whose trials are pooled for training when {@link #usesOtherSubjects()}: by default the
     * evaluated subjects themselves (each split leaves the target out).
     */
    default List<String> poolSubjects(List<String> evaluated) {
        return evaluated;
    }

    /**
     * Whether every subject's split trains on the same trials, so that a decoder is fitted once and reused for
     * all subjects of the evaluation (see {@link SubjectHoldout}).
     */
    default boolean fitsOnce() {
        return false;
    }

    /** Whether decoders are trained; false when trained models are only tested. */
    default boolean fits() {
        return true;
    }

    /**
     * The splits for {@code target}.
     *
     * @param others the other subjects of the evaluation (empty unless {@link #usesOtherSubjects()})
     * @param seed   seed of every random choice, mixed with the subject id
     */
    List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed);

    /** A seed for one subject, so that subjects run in any order give the same splits. */
    static Random random(long seed, String subject) {
        return new Random(seed * 1_000_003L + subject.hashCode());
    }

    /**
     * A scheme by name: {@code within-session}, {@code cross-session}, {@code leave-one-subject-out},
     * {@code transfer}, {@code test}.
     *
     * @param folds            k of the within-session k-fold
     * @param calibrationTrials target-subject trials added to training by {@code transfer}
     */
    static Scheme named(String name, int folds, int calibrationTrials) {
        return named(name, folds, calibrationTrials, List.of());
    }

    /**
     * A scheme by name, {@code subject-holdout} included.
     *
     * @param trainSubjects the training group of {@code subject-holdout}
     */
    static Scheme named(String name, int folds, int calibrationTrials, List<String> trainSubjects) {
        return switch (name) {
            case SubjectHoldout.NAME -> new SubjectHoldout(trainSubjects);
            case WithinSession.NAME -> new WithinSession(folds);
            case CrossSession.NAME -> new CrossSession();
            case LeaveOneSubjectOut.NAME -> new LeaveOneSubjectOut();
            case Transfer.NAME -> new Transfer(calibrationTrials);
            case TestOnly.NAME -> new TestOnly();
            default -> throw new IllegalArgumentException("unknown scheme '" + name + "' (available: "
                    + String.join(", ", WithinSession.NAME, CrossSession.NAME, LeaveOneSubjectOut.NAME,
                    Transfer.NAME, TestOnly.NAME, SubjectHoldout.NAME) + ")");
        };
    }
}
