package org.attend.format;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.attend.stream.Chunk;
import org.attend.stream.StreamInfo;

/**
 * Writes an XDF file as a session goes, crash-safe: every call appends whole chunks to a buffer and
 * {@link #flush()} hands them to the operating system, so a process killed (even by SIGKILL) leaves a file
 * that {@link XdfReader} and pyxdf read up to the last flush (it lacks only the StreamFooters and what was
 * not flushed). The buffer is also flushed by itself once it holds {@value #AUTO_FLUSH_BYTES} bytes.
 *
 * <p>Use:
 * <pre>{@code
 * try (XdfWriter xdf = XdfWriter.create(Path.of("session.xdf"))) {
 *     int eeg = xdf.addStream(eegInfo, ChannelFormat.FLOAT32);
 *     int cues = xdf.addStream(markerInfo, ChannelFormat.STRING);
 *     xdf.writeSamples(eeg, chunk);                       // [channel][sample] + a time stamp per sample
 *     xdf.writeStrings(cues, new String[] {"left"}, new double[] {t});
 *     xdf.writeClockOffset(eeg, now, offsetSeconds);      // remote clock minus local clock, LSL-style
 *     xdf.flush();                                        // e.g. once a second
 * }                                                       // close() writes the StreamFooters
 * }</pre>
 * Every sample is written with its time stamp. Methods are synchronized: streams may be written from
 * several threads. Numeric values are stored in the stream's format (integers rounded).
 */
public final class XdfWriter implements Closeable {

    /** Buffered bytes at which the writer flushes without being asked. */
    public static final int AUTO_FLUSH_BYTES = 1 << 20;

    /** The 16 bytes of a Boundary chunk (fixed by the XDF specification). */
    static final byte[] BOUNDARY = {
        0x43, (byte) 0xA5, 0x46, (byte) 0xDC, (byte) 0xCB, (byte) 0xF5, 0x41, 0x0F,
        (byte) 0xB3, 0x0E, (byte) 0xD5, 0x46, 0x73, (byte) 0x83, (byte) 0xCB, (byte) 0xE4,
    };

    private final Path path;
    private final FileChannel channel;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<XdfStreamState> streams = new ArrayList<>();
    /** Bytes handed to the operating system: the file's length after the last flush that succeeded. */
    private long written;
    /** Why writing stopped (the disk is full, say); null while it goes on. */
    private IOException failure;
    private boolean closed;

    private XdfWriter(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Bytes one sample of a numeric stream takes in a Samples chunk: its time stamp (1 + 8) and its values. */
    public static int sampleBytes(int channels, ChannelFormat format) {
        if (format == ChannelFormat.STRING) {
            throw new IllegalArgumentException("string samples have no fixed size");
        }
        return 9 + channels * format.valueBytes();
    }

    /** Creates (or truncates) {@code path} and writes the magic bytes and the FileHeader, flushed. */
    public static XdfWriter create(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        XdfWriter writer = new XdfWriter(path, channel);
        writer.pending.writeBytes("XDF:".getBytes(StandardCharsets.US_ASCII));
        writer.chunk(XdfReader.TAG_FILE_HEADER, -1, XdfXml.fileHeader(OffsetDateTime.now()));
        writer.flush();
        return writer;
    }

    /** The file being written. */
    public Path path() {
        return path;
    }

    /**
     * Declares a stream and writes its StreamHeader.
     *
     * @return the stream id to pass to the other methods
     */
    public synchronized int addStream(StreamInfo info, ChannelFormat format) throws IOException {
        open();
        int id = streams.size() + 1;
        streams.add(new XdfStreamState(info, format));
        chunk(XdfReader.TAG_STREAM_HEADER, id, XdfXml.streamHeader(info, format));
        return id;
    }

    /** Appends a chunk of samples ({@code [channel][sample]}, one time stamp per sample) to a numeric stream. */
    public synchronized void writeSamples(int streamId, Chunk chunk) throws IOException {
        XdfStreamState s = stream(streamId);
        if (s.format == ChannelFormat.STRING) {
            throw new IllegalArgumentException("stream " + streamId + " is a string stream: use writeStrings");
        }
        if (chunk.channelCount() != s.info.channelCount()) {
            throw new IllegalArgumentException("stream " + streamId + " has " + s.info.channelCount()
                    + " channels but the chunk has " + chunk.channelCount());
        }
        int n = chunk.sampleCount();
        if (n == 0) {
            return;
        }
        int channels = chunk.channelCount();
        ByteBuffer b = ByteBuffer.allocate(9 + n * sampleBytes(channels, s.format)).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 4).putInt(n);
        for (int i = 0; i < n; i++) {
            b.put((byte) 8).putDouble(chunk.timestamps()[i]);
            for (int c = 0; c < channels; c++) {
                putValue(b, s.format, chunk.data()[c][i]);
            }
        }
        chunk(XdfReader.TAG_SAMPLES, streamId, b.flip());
        s.count(chunk.timestamps()[0], chunk.timestamps()[n - 1], n);
    }

    /** Appends text samples (one value per sample) with their time stamps to a one-channel string stream. */
    public synchronized void writeStrings(int streamId, String[] values, double[] times) throws IOException {
        XdfStreamState s = stream(streamId);
        if (s.format != ChannelFormat.STRING || s.info.channelCount() != 1) {
            throw new IllegalArgumentException("stream " + streamId + " is not a one-channel string stream");
        }
        if (values.length != times.length) {
            throw new IllegalArgumentException(values.length + " values but " + times.length + " times");
        }
        if (values.length == 0) {
            return;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 4).putInt(values.length);
        content.write(head.array(), 0, 5);
        for (int i = 0; i < values.length; i++) {
            byte[] text = values[i].getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 8).putDouble(times[i]).put((byte) 4).putInt(text.length);
            content.write(b.array(), 0, 14);
            content.write(text, 0, text.length);
        }
        chunk(XdfReader.TAG_SAMPLES, streamId, ByteBuffer.wrap(content.toByteArray()));
        s.count(times[0], times[times.length - 1], values.length);
    }

    /**
     * Records a clock offset measurement for a stream: at local time {@code collectionTime} (seconds), the
     * stream's clock differed from the local clock by {@code offsetSeconds} (added to its time stamps on reading).
     */
    public synchronized void writeClockOffset(int streamId, double collectionTime, double offsetSeconds)
            throws IOException {
        XdfStreamState s = stream(streamId);
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(collectionTime)
                .putDouble(offsetSeconds);
        chunk(XdfReader.TAG_CLOCK_OFFSET, streamId, b.flip());
        s.offsets.add(new double[] {collectionTime, offsetSeconds});
    }

    /**
     * Writes a Boundary chunk and hands everything buffered to the operating system. When that fails (the disk
     * is full) the file is cut back to what the last flush wrote, so that it stays a readable XDF file holding
     * everything written before, and every later call fails with the same one-line message.
     */
    public synchronized void flush() throws IOException {
        open();
        if (pending.size() == 0) {
            return;
        }
        chunk(XdfReader.TAG_BOUNDARY, -1, ByteBuffer.wrap(BOUNDARY));
        ByteBuffer b = ByteBuffer.wrap(pending.toByteArray());
        pending.reset();
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            failure = new IOException(path.getFileName() + ": writing failed (" + e.getMessage() + "), so the "
                    + "recording stops; the file keeps the " + written + " bytes written before", e);
            try {
                channel.truncate(written);
            } catch (IOException cut) {
                failure.addSuppressed(cut);
            }
            throw failure;
        }
        written += b.limit();
    }

    /** Writes a StreamFooter for every stream (first/last time stamp, sample count, clock offsets) and closes. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (failure != null) {
            closed = true;
            channel.close(); // the file ends at its last whole flush, without footers (readers warn)
            return;
        }
        try {
            for (int i = 0; i < streams.size(); i++) {
                chunk(XdfReader.TAG_STREAM_FOOTER, i + 1, XdfXml.streamFooter(streams.get(i)));
            }
            flush();
            channel.force(true);
        } finally {
            closed = true;
            channel.close();
        }
    }

    private void open() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IOException(path.getFileName() + ": the XDF writer is closed");
        }
    }

    private XdfStreamState stream(int id) throws IOException {
        open();
        if (id < 1 || id > streams.size()) {
            throw new IllegalArgumentException("no stream " + id + " in " + path.getFileName());
        }
        return streams.get(id - 1);
    }

    private void chunk(int tag, int streamId, String xml) throws IOException {
        chunk(tag, streamId, ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Appends [NumLengthBytes=8][Length][Tag][StreamId?][Content]. */
    private void chunk(int tag, int streamId, ByteBuffer content) throws IOException {
        int idBytes = streamId >= 0 ? 4 : 0;
        ByteBuffer head = ByteBuffer.allocate(15).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 8).putLong(2L + idBytes + content.remaining()).putShort((short) tag);
        if (streamId >= 0) {
            head.putInt(streamId);
        }
        pending.write(head.array(), 0, head.position());
        pending.write(content.array(), content.arrayOffset() + content.position(), content.remaining());
        if (pending.size() >= AUTO_FLUSH_BYTES && tag != XdfReader.TAG_BOUNDARY) {
            flush();
        }
    }

    private static void putValue(ByteBuffer b, ChannelFormat format, float v) {
        switch (format) {
            case FLOAT32 -> b.putFloat(v);
            case DOUBLE64 -> b.putDouble(v);
            case INT8 -> b.put((byte) Math.round(v));
            case INT16 -> b.putShort((short) Math.round(v));
            case INT32 -> b.putInt(Math.round(v));
            case INT64 -> b.putLong(Math.round((double) v));
            case STRING -> throw new IllegalStateException("strings are not numeric");
        }
    }
}
