package org.attend.dsp;

/**
 * Rejects NaN and infinite samples at the entry of each filter: one such sample would otherwise poison an IIR
 * state (and, through CAR, every channel) for the rest of the stream, silently.
 */
final class Finite {

    private Finite() {
    }

    static void require(float[][] data, String what) {
        for (int c = 0; c < data.length; c++) {
            float[] channel = data[c];
            for (int n = 0; n < channel.length; n++) {
                if (!Float.isFinite(channel[n])) {
                    throw new IllegalArgumentException(what + ": channel " + c + " sample " + n + " is " + channel[n]
                            + "; samples must be finite");
                }
            }
        }
    }

    static void require(double[] x, String what) {
        for (int n = 0; n < x.length; n++) {
            if (!Double.isFinite(x[n])) {
                throw new IllegalArgumentException(what + ": sample " + n + " is " + x[n] + "; samples must be finite");
            }
        }
    }
}
