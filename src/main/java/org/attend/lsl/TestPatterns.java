package org.attend.lsl;

import org.attend.stream.ChannelFormat;

/**
 * The two test-pattern samples an outlet sends after its response header and an inlet checks bit for bit
 * (PROTOCOL.md 7.4): offsets 4 and 2, timestamp 123456.789.
 */
public final class TestPatterns {

    /** Timestamp of both test-pattern samples. */
    public static final double TIMESTAMP = 123456.789;
    /** The offsets, in the order they are sent. */
    public static final int[] OFFSETS = {4, 2};

    private TestPatterns() {
    }

    /** The test-pattern sample for {@code offset}. */
    public static LslSample sample(ChannelFormat format, int channels, int offset) {
        Object v = format.newArray(channels);
        for (int k = 0; k < channels; k++) {
            int sign = k % 2 == 0 ? 1 : -1;
            switch (format) {
                case FLOAT32 -> ((float[]) v)[k] = (float) ((k + offset) * sign);
                case DOUBLE64 -> ((double[]) v)[k] = (k + offset + 16777217.0) * sign;
                case INT32 -> ((int[]) v)[k] = (int) ((k + offset + 65537L) % 2147483647L) * sign;
                case INT16 -> ((short[]) v)[k] = (short) (((k + offset + 257) % 32767) * sign);
                case INT8 -> ((byte[]) v)[k] = (byte) (((k + offset + 1) % 127) * sign);
                case INT64 -> ((long[]) v)[k] = (k + offset + 2147483649L) * sign;
                case STRING -> ((String[]) v)[k] = Integer.toString((k + 10) * sign);
            }
        }
        return new LslSample(TIMESTAMP, v);
    }
}
