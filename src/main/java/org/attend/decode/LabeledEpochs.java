package org.attend.decode;

import java.io.Serializable;
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
        List<String> wanted = contract.channels();
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

    /** Number of trials of each class. */
    public int[] classCounts() {
        int[] counts = new int[classes.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
