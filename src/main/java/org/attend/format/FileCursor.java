package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sequential little-endian reading of a file through a small buffer, with every read checked against the
 * file size first: a length field that claims more bytes than the file holds becomes a
 * {@link RecordingFormatException} naming the offset, never an allocation.
 */
final class FileCursor implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    /** File offset of {@code buffer}'s position 0. */
    private long bufferStart;

    FileCursor(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        buffer.limit(0);
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    long position() {
        return bufferStart + buffer.position();
    }

    long remaining() {
        return size - position();
    }

    /** A format error at the current position. */
    RecordingFormatException error(String detail) {
        return new RecordingFormatException(path, position(), detail);
    }

    /** A format error at a given offset. */
    RecordingFormatException error(long offset, String detail) {
        return new RecordingFormatException(path, offset, detail);
    }

    void seek(long offset) throws RecordingFormatException {
        if (offset < 0 || offset > size) {
            throw error("seek to byte " + offset + " outside the file of " + size + " bytes");
        }
        if (offset >= bufferStart && offset <= bufferStart + buffer.limit()) {
            buffer.position((int) (offset - bufferStart));
        } else {
            bufferStart = offset;
            buffer.limit(0);
        }
    }

    void skip(long bytes, String what) throws IOException {
        require(bytes, what);
        seek(position() + bytes);
    }

    /** Fails unless {@code bytes} more bytes exist, naming {@code what} they were meant to hold. */
    void require(long bytes, String what) throws RecordingFormatException {
        if (bytes < 0 || bytes > remaining()) {
            throw error(what + " needs " + bytes + " bytes but only " + remaining() + " remain in the file");
        }
    }

    private void fill(int bytes, String what) throws IOException {
        require(bytes, what);
        if (buffer.remaining() >= bytes) {
            return;
        }
        bufferStart += buffer.position();
        buffer.compact();
        while (buffer.position() < bytes) {
            int n = channel.read(buffer, bufferStart + buffer.position());
            if (n < 0) {
                throw error(what + ": unexpected end of file");
            }
        }
        buffer.flip();
    }

    int u8(String what) throws IOException {
        fill(1, what);
        return buffer.get() & 0xFF;
    }

    int u16(String what) throws IOException {
        fill(2, what);
        return buffer.getShort() & 0xFFFF;
    }

    long u32(String what) throws IOException {
        fill(4, what);
        return buffer.getInt() & 0xFFFFFFFFL;
    }

    int i32(String what) throws IOException {
        fill(4, what);
        return buffer.getInt();
    }

    long i64(String what) throws IOException {
        fill(8, what);
        return buffer.getLong();
    }

    float f32(String what) throws IOException {
        fill(4, what);
        return buffer.getFloat();
    }

    double f64(String what) throws IOException {
        fill(8, what);
        return buffer.getDouble();
    }

    /** Reads {@code n} bytes into a new array (after checking the file holds them). */
    byte[] bytes(long n, String what) throws IOException {
        require(n, what);
        if (n > Integer.MAX_VALUE - 16) {
            throw error(what + " of " + n + " bytes is too large to hold in memory");
        }
        byte[] out = new byte[(int) n];
        readFully(out, 0, out.length, what);
        return out;
    }

    /** Fills {@code out[from, from+n)} from the file. */
    void readFully(byte[] out, int from, int n, String what) throws IOException {
        require(n, what);
        int done = 0;
        while (done < n) {
            if (!buffer.hasRemaining()) {
                fill(1, what);
            }
            int take = Math.min(buffer.remaining(), n - done);
            buffer.get(out, from + done, take);
            done += take;
        }
    }

    /** A fixed-width ASCII/latin-1 header field, trimmed. */
    String text(int width, Charset charset, String what) throws IOException {
        return new String(bytes(width, what), charset).trim();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
