package org.attend.decode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.MissingChannelsException;

/**
 * Trials cut from recordings, each with its class.
 *
 * @param data         {@code [trial][channel][sample]}, microvolts, already band-passed
 * @param labels       class index of each trial into {@code classes}
 * @param classes      class names
 * @param channels     channel labels of the second axis
 * @param sampleRateHz sample rate of the third axis
 */
public record LabeledEpochs(float[][][] data, int[] labels, List<String> classes, List<String> channels,
                            double sampleRateHz) implements Serializable {

    public LabeledEpochs {
        if (data.length != labels.length) {
            throw new IllegalArgumentException(data.length + " trials but " + labels.length + " labels");
        }
        classes = List.copyOf(classes);
        channels = List.copyOf(channels);
    }

    public int size() {
        return labels.length;
    }

    /** The trials at {@code indices}, e.g. one fold of a cross-validation. */
    public LabeledEpochs subset(int[] indices) {
        float[][][] d = new float[indices.length][][];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            d[i] = data[indices[i]];
            l[i] = labels[indices[i]];
        }
        return new LabeledEpochs(d, l, classes, channels, sampleRateHz);
    }

    /**
     * These epochs with the contract's channels in the contract's order (MNE's {@code pick}), matched by label as
     * {@link ChannelLayout#indexOf} matches them; this object itself when they already are. The picked trials
     * share their channel rows with these.
     *
     * @throws MissingChannelsException naming every channel of the contract these epochs lack
     */
    public LabeledEpochs pick(InputContract contract) {
        return pick(contract.channels());
    }

    /**
     * These epochs with only {@code wanted} channels, in that order (labels matched as {@link ChannelLayout} does).
     *
     * @throws MissingChannelsException naming every wanted channel these epochs lack
     */
    public LabeledEpochs pick(List<String> wanted) {
        if (channels.equals(wanted)) {
            return this;
        }
        int[] picks = new ChannelLayout(channels).indicesOf(wanted);
        float[][][] picked = new float[data.length][picks.length][];
        for (int i = 0; i < data.length; i++) {
            for (int c = 0; c < picks.length; c++) {
                picked[i][c] = data[i][picks[c]];
            }
        }
        return new LabeledEpochs(picked, labels, classes, wanted, sampleRateHz);
    }

    /** Trials of several sets in one set (same classes, channels and rate), sharing the trial arrays. */
    public static LabeledEpochs concat(List<LabeledEpochs> parts) {
        LabeledEpochs first = parts.get(0);
        List<float[][]> all = new ArrayList<>();
        List<Integer> allLabels = new ArrayList<>();
        for (LabeledEpochs p : parts) {
            if (!p.channels().equals(first.channels()) || p.sampleRateHz() != first.sampleRateHz()
                    || !p.classes().equals(first.classes())) {
                throw new IllegalArgumentException("cannot pool sets with different channels, rates or classes");
            }
            for (int i = 0; i < p.size(); i++) {
                all.add(p.data()[i]);
                allLabels.add(p.labels()[i]);
            }
        }
        return new LabeledEpochs(all.toArray(float[][][]::new), allLabels.stream().mapToInt(Integer::intValue)
                .toArray(), first.classes(), first.channels(), first.sampleRateHz());
    }

    /** Number of trials of each class. */
    public int[] classCounts() {
        int[] counts = new int[classes.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
