package org.attend.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.attend.stream.ChannelFormat;

/** Decodes the content of an XDF Samples chunk into its stream's buffers. */
final class XdfSamples {

    private XdfSamples() {
    }

    static void read(FileCursor in, long start, long end, XdfStreamData s) throws IOException {
        long count = varLength(in, start, end, "sample count");
        ChannelFormat format = s.header.format();
        int channels = s.header.channelCount();
        // smallest possible sample: the time stamp flag and, per channel, a value or a 2-byte empty string
        long minSampleBytes = 1 + (long) channels * (format == ChannelFormat.STRING ? 2 : format.valueBytes());
        if (count > end - in.position() || count * minSampleBytes > end - in.position()) {
            throw in.error(start, "Samples chunk of stream " + s.id + " claims " + count
                    + " samples, more than its " + (end - in.position()) + " remaining bytes can hold");
        }
        for (long k = 0; k < count; k++) {
            int flag = in.u8("time stamp flag");
            double stamp;
            if (flag == 8) {
                stamp = in.f64("time stamp");
            } else if (flag == 0) {
                stamp = Double.NaN;
            } else {
                throw in.error("invalid time stamp size " + flag + " in sample " + k + " of stream " + s.id
                        + " (must be 0 or 8)");
            }
            if (in.position() > end) {
                throw in.error(start, "Samples chunk of stream " + s.id + " overruns its length");
            }
            int index = s.addStamp(stamp);
            for (int c = 0; c < channels; c++) {
                if (format == ChannelFormat.STRING) {
                    long n = varLength(in, start, end, "string length");
                    if (n > end - in.position()) {
                        throw in.error("string of " + n + " bytes overruns the Samples chunk of stream " + s.id);
                    }
                    s.setString(c, index, new String(in.bytes(n, "string value"), StandardCharsets.UTF_8));
                } else {
                    s.setValue(c, index, value(in, format));
                }
            }
            if (in.position() > end) {
                throw in.error(start, "Samples chunk of stream " + s.id + " overruns its length");
            }
        }
    }

    private static float value(FileCursor in, ChannelFormat format) throws IOException {
        return switch (format) {
            case FLOAT32 -> in.f32("float32 value");
            case DOUBLE64 -> (float) in.f64("double64 value");
            case INT8 -> (byte) in.u8("int8 value");
            case INT16 -> (short) in.u16("int16 value");
            case INT32 -> in.i32("int32 value");
            case INT64 -> in.i64("int64 value");
            case STRING -> throw new IllegalStateException("strings are not numeric");
        };
    }

    /** XDF variable-length integer: a size byte (1, 4 or 8) then the little-endian value. */
    static long varLength(FileCursor in, long start, long end, String what) throws IOException {
        long at = in.position();
        int size = in.u8(what + " size");
        long value = switch (size) {
            case 1 -> in.u8(what);
            case 4 -> in.u32(what);
            case 8 -> in.i64(what);
            default -> throw in.error(at, "invalid variable-length integer size " + size + " for the " + what
                    + " (must be 1, 4 or 8)");
        };
        if (value < 0 || in.position() > end) {
            throw in.error(at, what + " " + value + " is invalid or overruns the chunk at byte " + start);
        }
        return value;
    }
}
