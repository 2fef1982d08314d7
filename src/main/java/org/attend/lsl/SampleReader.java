package org.attend.lsl;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.attend.stream.ChannelFormat;

/**
 * Reads samples of one stream from a data connection, in the 1.10 binary framing or the 1.00 portable
 * archive, deducing timestamps for tag-1 samples and flushing subnormals when the server asked for it.
 */
public final class SampleReader {

    /** Longest string value accepted; longer lengths are taken as a corrupt stream rather than allocated. */
    static final long MAX_STRING_BYTES = 64L << 20;

    private final InputStream in;
    private final ChannelFormat format;
    private final int channels;
    private final double period;
    private final boolean archive;
    private final boolean suppressSubnormals;
    private final String peer;
    private ByteBuffer scratch;
    private double lastTimestamp;
    private long offset;
    private boolean lastDeduced;

    /**
     * @param in                 the connection, positioned after the response header
     * @param info               the stream (format, channels, nominal rate)
     * @param order              the byte order of the response's {@code Byte-Order}
     * @param archive            true for data protocol 1.00
     * @param suppressSubnormals the response's {@code Suppress-Subnormals}
     * @param peer               names the peer in error messages
     */
    public SampleReader(InputStream in, LslStreamInfo info, ByteOrder order, boolean archive,
                        boolean suppressSubnormals, String peer) {
        this.in = in;
        this.format = info.format();
        this.channels = info.channelCount();
        this.period = info.samplePeriod();
        this.archive = archive;
        this.suppressSubnormals = suppressSubnormals;
        this.peer = peer;
        this.scratch = ByteBuffer.allocate(Math.max(64, channels * 8 + 16)).order(archive
                ? ByteOrder.LITTLE_ENDIAN : order);
    }

    /** Whether the last sample read carried no timestamp (tag 1) and had it deduced. */
    public boolean lastWasDeduced() {
        return lastDeduced;
    }

    /** Bytes consumed so far by this reader. */
    public long offset() {
        return offset;
    }

    /**
     * Reads the 1.00 archive preamble (magic, version, shortinfo, class bytes) and checks the uid.
     */
    public void readArchiveHeader(String expectedUid) throws IOException {
        int magic = readByte();
        if (magic != 0x7F) {
            throw error("archive magic is 0x" + Integer.toHexString(magic) + ", expected 0x7f");
        }
        long version = compact(false);
        if (version < 1) {
            throw error("archive version " + version);
        }
        String xml = new String(bytes(compactLength()), StandardCharsets.UTF_8);
        LslStreamInfo info = InfoXml.parse(xml);
        if (!expectedUid.isEmpty() && !info.uid().equals(expectedUid)) {
            throw error("archive header is for stream uid " + info.uid() + ", expected " + expectedUid);
        }
        if (readByte() != 0 || readByte() != 0) {
            throw error("archive class bytes are not 00 00");
        }
    }

    /** Reads a test-pattern sample: its timestamp is taken as sent and does not feed deduction. */
    public LslSample readTestPattern() throws IOException {
        double saved = lastTimestamp;
        LslSample s = read();
        lastTimestamp = saved;
        return s;
    }

    /**
     * Reads one sample; a deduced timestamp is the previous one plus the nominal period. A socket timeout
     * before the sample's first byte propagates as is (the stream is idle and still in step); one inside a
     * sample is a protocol error, since the stream can no longer be followed.
     */
    public LslSample read() throws IOException {
        long start = offset;
        try {
            return readSample();
        } catch (SocketTimeoutException e) {
            if (offset == start) {
                throw e;
            }
            throw new LslProtocolException(peer + ": stalled inside a sample at byte " + offset, e);
        }
    }

    private LslSample readSample() throws IOException {
        int tag = archive ? (int) compact(false) : readByte();
        double ts;
        if (tag == SampleWriter.TAG_TRANSMITTED) {
            ts = archive ? Double.longBitsToDouble(compact(false)) : fill(8).getDouble();
        } else if (tag == SampleWriter.TAG_DEDUCED) {
            ts = lastTimestamp + period;
        } else {
            throw error("bad sample tag " + tag + " (expected 1 or 2)");
        }
        lastTimestamp = ts;
        lastDeduced = tag == SampleWriter.TAG_DEDUCED;
        return new LslSample(ts, archive ? archiveValues() : binaryValues());
    }

    private Object binaryValues() throws IOException {
        Object v = format.newArray(channels);
        if (format == ChannelFormat.STRING) {
            String[] s = (String[]) v;
            for (int k = 0; k < channels; k++) {
                int width = readByte();
                long len = switch (width) {
                    case 1 -> fill(1).get() & 0xFFL;
                    case 2 -> fill(2).getShort() & 0xFFFFL;
                    case 4 -> fill(4).getInt() & 0xFFFFFFFFL;
                    case 8 -> fill(8).getLong();
                    default -> throw error("string length width " + width + " (expected 1, 2, 4 or 8)");
                };
                s[k] = new String(bytes(checkLength(len)), StandardCharsets.UTF_8);
            }
            return v;
        }
        ByteBuffer b = fill(channels * format.valueBytes());
        for (int k = 0; k < channels; k++) {
            switch (format) {
                case FLOAT32 -> ((float[]) v)[k] = flush(b.getFloat());
                case DOUBLE64 -> ((double[]) v)[k] = flush(b.getDouble());
                case INT8 -> ((byte[]) v)[k] = b.get();
                case INT16 -> ((short[]) v)[k] = b.getShort();
                case INT32 -> ((int[]) v)[k] = b.getInt();
                case INT64 -> ((long[]) v)[k] = b.getLong();
                default -> throw new IllegalStateException();
            }
        }
        return v;
    }

    private Object archiveValues() throws IOException {
        Object v = format.newArray(channels);
        for (int k = 0; k < channels; k++) {
            switch (format) {
                case FLOAT32 -> ((float[]) v)[k] = flush(Float.intBitsToFloat((int) compact(false)));
                case DOUBLE64 -> ((double[]) v)[k] = flush(Double.longBitsToDouble(compact(false)));
                case INT8 -> ((byte[]) v)[k] = (byte) compact(true);
                case INT16 -> ((short[]) v)[k] = (short) compact(true);
                case INT32 -> ((int[]) v)[k] = (int) compact(true);
                case INT64 -> ((long[]) v)[k] = compact(true);
                case STRING -> ((String[]) v)[k] = new String(bytes(compactLength()), StandardCharsets.UTF_8);
            }
        }
        return v;
    }

    private float flush(float x) {
        return suppressSubnormals && x != 0 && Math.abs(x) < Float.MIN_NORMAL ? Math.copySign(0f, x) : x;
    }

    private double flush(double x) {
        return suppressSubnormals && x != 0 && Math.abs(x) < Double.MIN_NORMAL ? Math.copySign(0.0, x) : x;
    }

    /** A compact integer of the portable archive. */
    private long compact(boolean signed) throws IOException {
        int n = (byte) readByte();
        if (n == 0) {
            return 0;
        }
        int size = Math.abs(n);
        if (size > 8) {
            throw error("compact integer of " + size + " bytes");
        }
        ByteBuffer b = fill(size);
        long v = n < 0 ? -1L : 0L;
        for (int i = 0; i < size; i++) {
            long byteMask = 0xFFL << (8 * i);
            v = (v & ~byteMask) | ((b.get(i) & 0xFFL) << (8 * i));
        }
        if (!signed && n < 0) {
            throw error("negative compact integer where an unsigned one was expected");
        }
        return v;
    }

    private int compactLength() throws IOException {
        return checkLength(compact(false));
    }

    private int checkLength(long len) throws LslProtocolException {
        if (len < 0 || len > MAX_STRING_BYTES) {
            throw error("string of " + Long.toUnsignedString(len) + " bytes (limit " + MAX_STRING_BYTES + ")");
        }
        return (int) len;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException(peer + ": connection closed at byte " + offset);
        }
        offset++;
        return b;
    }

    /** Reads exactly {@code n} bytes into the scratch buffer, positioned at 0 with limit n. */
    private ByteBuffer fill(int n) throws IOException {
        if (scratch.capacity() < n) {
            scratch = ByteBuffer.allocate(n).order(scratch.order());
        }
        readFully(scratch.array(), n);
        scratch.clear().limit(n);
        return scratch;
    }

    private byte[] bytes(int n) throws IOException {
        byte[] b = new byte[n];
        readFully(b, n);
        return b;
    }

    private void readFully(byte[] b, int n) throws IOException {
        int done = 0;
        while (done < n) {
            int r = in.read(b, done, n - done);
            if (r < 0) {
                throw new EOFException(peer + ": connection closed at byte " + (offset + done) + " inside a sample");
            }
            done += r;
        }
        offset += n;
    }

    private LslProtocolException error(String what) {
        return new LslProtocolException(peer + ": " + what + " at byte " + offset);
    }
}
