package org.attend.stream;

/**
 * A decoder's output for one window.
 *
 * @param classes       class names, in the order of {@code probabilities}
 * @param probabilities class probabilities, summing to 1
 * @param attention     where the decoder attended, {@code [channel][time]}; null for decoders without attention
 * @param sourceTime    source time of the last sample of the decoded window, seconds
 * @param computeNanos  wall-clock time the decoder spent on this window
 */
public record Prediction(String[] classes, float[] probabilities, float[][] attention, double sourceTime,
                         long computeNanos) {

    public Prediction {
        if (classes.length != probabilities.length) {
            throw new IllegalArgumentException(classes.length + " classes but " + probabilities.length
                    + " probabilities");
        }
    }

    /** Index of the most probable class. */
    public int best() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    public String bestClass() {
        return classes[best()];
    }

    public float bestProbability() {
        return probabilities[best()];
    }
}
