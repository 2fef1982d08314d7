package org.attend.lsl;

import java.util.Arrays;

/**
 * One received or pushed sample.
 *
 * @param timestamp seconds on the sender's clock ({@link #DEDUCED} when pushed to be deduced)
 * @param values    the channel values as the format's Java array: float[], double[], String[], int[],
 *                  short[], byte[] or long[]
 */
public record LslSample(double timestamp, Object values) {

    /** liblsl's {@code LSL_DEDUCED_TIMESTAMP}: the receiver deduces the time from the previous sample. */
    public static final double DEDUCED = -1.0;

    /** Number of channels. */
    public int channelCount() {
        return java.lang.reflect.Array.getLength(values);
    }

    /** Channel {@code k} as a double (numeric formats only). */
    public double value(int k) {
        if (values instanceof float[] f) {
            return f[k];
        } else if (values instanceof double[] d) {
            return d[k];
        } else if (values instanceof int[] i) {
            return i[k];
        } else if (values instanceof short[] s) {
            return s[k];
        } else if (values instanceof byte[] b) {
            return b[k];
        } else if (values instanceof long[] l) {
            return l[k];
        }
        throw new IllegalStateException("string sample has no numeric value");
    }

    /** Channel {@code k} as text: the string itself, or the number's decimal form. */
    public String text(int k) {
        if (values instanceof String[] s) {
            return s[k];
        }
        return values instanceof long[] l ? Long.toString(l[k]) : Double.toString(value(k));
    }

    /** Whether both samples carry the same timestamp and bit-identical values. */
    public boolean sameAs(LslSample o) {
        return Double.doubleToRawLongBits(timestamp) == Double.doubleToRawLongBits(o.timestamp)
                && Arrays.deepEquals(new Object[] {values}, new Object[] {o.values});
    }
}
