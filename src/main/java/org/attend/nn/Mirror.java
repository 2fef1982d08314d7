package org.attend.nn;

/**
 * A left ↔ right reflection of training windows across the midline: electrode {@code c} takes the signal of
 * {@code channels[c]} (its mirror electrode) and class {@code k} becomes {@code classes[k]}.
 *
 * @param channels mirror electrode of each electrode (midline electrodes map to themselves)
 * @param classes  mirror class of each class (e.g. left ↔ right; others map to themselves)
 */
public record Mirror(int[] channels, int[] classes) {

    public Mirror {
        channels = channels.clone();
        classes = classes.clone();
    }

    /** {@code window} reflected (a new array of the same rows, not copies of them). */
    float[][] reflect(float[][] window) {
        float[][] out = new float[window.length][];
        for (int c = 0; c < window.length; c++) {
            out[c] = window[channels[c]];
        }
        return out;
    }
}
