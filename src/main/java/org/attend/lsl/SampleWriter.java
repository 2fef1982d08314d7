package org.attend.lsl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.attend.stream.ChannelFormat;

/**
 * Serialises samples into a growing buffer, in the 1.10 binary framing (PROTOCOL.md section 7) or the 1.00
 * portable archive (section 8), and hands the bytes to a socket in one write.
 */
public abstract class SampleWriter {

    /** Sample tags. */
    static final int TAG_DEDUCED = 1;
    static final int TAG_TRANSMITTED = 2;

    protected final ChannelFormat format;
    protected ByteBuffer buf;

    private SampleWriter(ChannelFormat format, ByteOrder order) {
        this.format = format;
        this.buf = ByteBuffer.allocate(4096).order(order);
    }

    /** A writer for data protocol 1.10 in the given byte order. */
    public static SampleWriter binary110(ChannelFormat format, ByteOrder order) {
        return new Binary(format, order);
    }

    /** A writer for data protocol 1.00 (portable archive, little-endian compact integers). */
    public static SampleWriter archive100(ChannelFormat format) {
        return new Archive(format);
    }

    /** Appends one sample; a timestamp of {@link LslSample#DEDUCED} is sent as tag 1. */
    public abstract void write(double timestamp, Object values);

    /** Appends raw bytes (headers). */
    public void writeRaw(byte[] bytes) {
        ensure(bytes.length).put(bytes);
    }

    /** Bytes written and not yet flushed. */
    public int pending() {
        return buf.position();
    }

    /** Writes everything buffered to {@code out} and empties the buffer. */
    public void flushTo(OutputStream out) throws IOException {
        out.write(buf.array(), 0, buf.position());
        out.flush();
        buf.clear();
    }

    /** A copy of the buffered bytes (tests, diagnostics). */
    public byte[] toBytes() {
        byte[] b = new byte[buf.position()];
        System.arraycopy(buf.array(), 0, b, 0, b.length);
        return b;
    }

    protected final ByteBuffer ensure(int n) {
        if (buf.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n))
                    .order(buf.order());
            buf.flip();
            bigger.put(buf);
            buf = bigger;
        }
        return buf;
    }

    private static final class Binary extends SampleWriter {
        Binary(ChannelFormat format, ByteOrder order) {
            super(format, order);
        }

        @Override
        public void write(double timestamp, Object values) {
            if (timestamp == LslSample.DEDUCED) {
                ensure(1).put((byte) TAG_DEDUCED);
            } else {
                ensure(9).put((byte) TAG_TRANSMITTED).putDouble(timestamp);
            }
            switch (format) {
                case FLOAT32 -> {
                    float[] v = (float[]) values;
                    ByteBuffer b = ensure(4 * v.length);
                    for (float x : v) {
                        b.putFloat(x);
                    }
                }
                case DOUBLE64 -> {
                    double[] v = (double[]) values;
                    ByteBuffer b = ensure(8 * v.length);
                    for (double x : v) {
                        b.putDouble(x);
                    }
                }
                case INT8 -> ensure(((byte[]) values).length).put((byte[]) values);
                case INT16 -> {
                    short[] v = (short[]) values;
                    ByteBuffer b = ensure(2 * v.length);
                    for (short x : v) {
                        b.putShort(x);
                    }
                }
                case INT32 -> {
                    int[] v = (int[]) values;
                    ByteBuffer b = ensure(4 * v.length);
                    for (int x : v) {
                        b.putInt(x);
                    }
                }
                case INT64 -> {
                    long[] v = (long[]) values;
                    ByteBuffer b = ensure(8 * v.length);
                    for (long x : v) {
                        b.putLong(x);
                    }
                }
                case STRING -> {
                    for (String s : (String[]) values) {
                        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                        // liblsl writes a 1-byte length up to 255 bytes, else a 4-byte one
                        if (bytes.length <= 0xFF) {
                            ensure(2 + bytes.length).put((byte) 1).put((byte) bytes.length);
                        } else {
                            ensure(5 + bytes.length).put((byte) 4).putInt(bytes.length);
                        }
                        buf.put(bytes);
                    }
                }
            }
        }
    }

    private static final class Archive extends SampleWriter {
        Archive(ChannelFormat format) {
            super(format, ByteOrder.LITTLE_ENDIAN);
        }

        /** The archive preamble: magic, version 9, the shortinfo, and the serializer's two class bytes. */
        void header(String shortInfo) {
            ensure(1).put((byte) 0x7F);
            compact(9, false);
            string(InfoXml.bytes(shortInfo));
            ensure(2).put((byte) 0).put((byte) 0);
        }

        @Override
        public void write(double timestamp, Object values) {
            if (timestamp == LslSample.DEDUCED) {
                compact(TAG_DEDUCED, false);
            } else {
                compact(TAG_TRANSMITTED, false);
                compact(Double.doubleToRawLongBits(timestamp), false);
            }
            switch (format) {
                case FLOAT32 -> {
                    for (float x : (float[]) values) {
                        compact(Float.floatToRawIntBits(x) & 0xFFFFFFFFL, false);
                    }
                }
                case DOUBLE64 -> {
                    for (double x : (double[]) values) {
                        compact(Double.doubleToRawLongBits(x), false);
                    }
                }
                case INT8 -> {
                    for (byte x : (byte[]) values) {
                        compact(x, true);
                    }
                }
                case INT16 -> {
                    for (short x : (short[]) values) {
                        compact(x, true);
                    }
                }
                case INT32 -> {
                    for (int x : (int[]) values) {
                        compact(x, true);
                    }
                }
                case INT64 -> {
                    for (long x : (long[]) values) {
                        compact(x, true);
                    }
                }
                case STRING -> {
                    for (String s : (String[]) values) {
                        string(s.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }

        private void string(byte[] bytes) {
            compact(bytes.length, false);
            ensure(bytes.length).put(bytes);
        }

        /**
         * The portable archive's compact integer: a signed size byte, then the fewest low-order bytes after
         * which only sign fill (0x00, or 0xFF for negative signed values) remains.
         */
        private void compact(long v, boolean signed) {
            if (v == 0) {
                ensure(1).put((byte) 0);
                return;
            }
            boolean negative = signed && v < 0;
            int fill = negative ? 0xFF : 0x00;
            int size = 8;
            while (size > 1 && ((v >>> (8 * (size - 1))) & 0xFF) == fill) {
                size--;
            }
            ByteBuffer b = ensure(1 + size).put((byte) (negative ? -size : size));
            for (int i = 0; i < size; i++) {
                b.put((byte) (v >>> (8 * i)));
            }
        }
    }

    /** Writes the 1.00 archive preamble; only valid on an {@link #archive100} writer. */
    public void archiveHeader(String shortInfo) {
        ((Archive) this).header(shortInfo);
    }
}
