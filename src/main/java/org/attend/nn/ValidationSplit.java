package org.attend.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The early-stopping split of a training set: whole held-out subjects when it pools several (trials of a subject
 * the network also trains on would reward epochs that learn that subject rather than what transfers), else a
 * stratified share of the trials.
 *
 * @param train      indices of the training windows
 * @param validation indices of the validation windows
 * @param bySubject  whether whole subjects were held out
 */
public record ValidationSplit(int[] train, int[] validation, boolean bySubject) {

    /** From this many subjects on, validation holds out whole subjects instead of trials. */
    public static final int MIN_SUBJECTS_FOR_SUBJECT_VALIDATION = 3;

    /**
     * The split of windows with these labels and subject groups.
     *
     * @param groupOf  subject group of each window, {@code 0 … groups-1}
     * @param fraction share of subjects (or of each class's trials) held out
     */
    public static ValidationSplit of(int[] labels, int[] groupOf, int groups, double fraction, long seed) {
        return groups >= MIN_SUBJECTS_FOR_SUBJECT_VALIDATION
                ? bySubject(groupOf, groups, fraction, seed) : stratified(labels, fraction, seed);
    }

    /** Holds out {@code max(1, round(fraction × groups))} whole groups chosen by {@code seed}. */
    static ValidationSplit bySubject(int[] groupOf, int groups, double fraction, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            order.add(g);
        }
        Collections.shuffle(order, new Random(seed));
        int held = Math.max(1, (int) Math.round(groups * fraction));
        Set<Integer> heldOut = new HashSet<>(order.subList(0, held));
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < groupOf.length; i++) {
            (heldOut.contains(groupOf[i]) ? valid : train).add(i);
        }
        return new ValidationSplit(toArray(train), toArray(valid), true);
    }

    /** Holds out {@code max(1, round(fraction × n))} trials of each class, chosen by {@code seed}. */
    static ValidationSplit stratified(int[] labels, double fraction, long seed) {
        Random random = new Random(seed);
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        for (List<Integer> members : byClass.values()) {
            Collections.shuffle(members, random);
            int held = Math.max(1, (int) Math.round(members.size() * fraction));
            if (held >= members.size()) {
                throw new IllegalArgumentException("class with " + members.size()
                        + " epochs is too small for a validation split");
            }
            valid.addAll(members.subList(0, held));
            train.addAll(members.subList(held, members.size()));
        }
        return new ValidationSplit(toArray(train), toArray(valid), false);
    }

    /** The windows at {@code indices}. */
    public static float[][][] pick(float[][][] all, int[] indices) {
        float[][][] out = new float[indices.length][][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = all[indices[i]];
        }
        return out;
    }

    /** The labels at {@code indices}. */
    public static int[] pick(int[] all, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = all[indices[i]];
        }
        return out;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
