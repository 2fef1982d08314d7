package org.attend.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads XDF files (every chunk type: FileHeader, StreamHeader, Samples, ClockOffset, Boundary, StreamFooter;
 * numeric and string streams). Channels whose meta-data give a voltage unit ({@code microvolts}, {@code V}, ...)
 * are converted to microvolts; others keep their values. Time stamps missing in the file are deduced as pyxdf does; clock offsets are
 * applied with pyxdf's robust linear fit, segment by segment across clock resets ({@link XdfClockSync}); regular
 * streams can be de-jittered.
 *
 * <p>A file that ends early (no StreamFooter, a last chunk cut short, as a recorder killed mid-write leaves
 * it) reads up to its last complete chunk, with a warning in {@link Recording#warnings()}. Anything else
 * malformed (an invalid length field, samples of an undeclared stream, a chunk whose content disagrees
 * with its length) is a {@link RecordingFormatException} naming the byte offset.
 */
public final class XdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(XdfReader.class);

    static final int TAG_FILE_HEADER = 1;
    static final int TAG_STREAM_HEADER = 2;
    static final int TAG_SAMPLES = 3;
    static final int TAG_CLOCK_OFFSET = 4;
    static final int TAG_BOUNDARY = 5;
    static final int TAG_STREAM_FOOTER = 6;
    private static final Map<Integer, String> TAG_NAMES = Map.of(TAG_FILE_HEADER, "FileHeader",
            TAG_STREAM_HEADER, "StreamHeader", TAG_SAMPLES, "Samples", TAG_CLOCK_OFFSET, "ClockOffset",
            TAG_BOUNDARY, "Boundary", TAG_STREAM_FOOTER, "StreamFooter");

    /**
     * How time stamps are post-processed.
     *
     * @param synchronizeClocks apply the streams' clock offsets (pyxdf's default)
     * @param handleClockResets detect clock resets and fit each segment separately (pyxdf's default)
     * @param dejitter          replace the time stamps of regular streams by a line fit (pyxdf does by default;
     *                          Attend does not, so that recorded stamps stay as they were)
     */
    public record Options(boolean synchronizeClocks, boolean handleClockResets, boolean dejitter) {
        /** Clock offsets applied with reset handling, no de-jittering. */
        public static final Options DEFAULT = new Options(true, true, false);
        /** Time stamps exactly as stored. */
        public static final Options RAW = new Options(false, false, false);
    }

    private XdfReader() {
    }

    /** Reads the whole file. */
    public static Recording read(Path path, Options options) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<Long, XdfStreamData> streams = new LinkedHashMap<>();
        try (FileCursor in = new FileCursor(path)) {
            in.require(4, "the XDF magic bytes");
            if (!new String(in.bytes(4, "magic"), StandardCharsets.ISO_8859_1).equals("XDF:")) {
                throw in.error(0, "not an XDF file: it does not start with 'XDF:'");
            }
            while (in.remaining() > 0) {
                if (!readChunk(in, streams, warnings)) {
                    break;
                }
            }
        }
        List<RecordedStream> out = new ArrayList<>();
        for (XdfStreamData s : streams.values()) {
            if (!s.footer) {
                warnings.add("stream " + s.id + " ('" + s.header.name() + "') has no StreamFooter");
            }
            double[] stamps = s.stamps();
            if (options.synchronizeClocks()) {
                XdfClockSync.synchronize(stamps, s.clockOffsets, s.samplesAtOffset, options.handleClockResets());
            }
            if (options.dejitter()) {
                XdfClockSync.dejitter(stamps, s.header.nominalRateHz());
            }
            out.add(s.toStream(stamps));
        }
        warnings.forEach(w -> LOG.warn("{}: {}", path.getFileName(), w));
        return new Recording(path, RecordingFormat.XDF, null, out, List.of(), warnings);
    }

    /** Reads one chunk; false when the file ends inside it (a truncated last chunk). */
    private static boolean readChunk(FileCursor in, Map<Long, XdfStreamData> streams, List<String> warnings)
            throws IOException {
        long start = in.position();
        int lengthBytes = in.u8("chunk length size");
        if (lengthBytes != 1 && lengthBytes != 4 && lengthBytes != 8) {
            throw in.error(start, "invalid chunk length size " + lengthBytes + " (must be 1, 4 or 8)");
        }
        if (in.remaining() < lengthBytes) {
            warnings.add("file ends inside the length of the chunk at byte " + start + " (truncated)");
            return false;
        }
        long length = lengthBytes == 1 ? in.u8("chunk length") : lengthBytes == 4 ? in.u32("chunk length")
                : in.i64("chunk length");
        if (length < 2) {
            throw in.error(start, "chunk length " + length + " is shorter than its 2-byte tag");
        }
        if (length > in.remaining()) {
            warnings.add("the chunk at byte " + start + " declares " + length + " bytes but only " + in.remaining()
                    + " remain (truncated file); reading stops there");
            return false;
        }
        long end = in.position() + length;
        int tag = in.u16("chunk tag");
        switch (tag) {
            case TAG_FILE_HEADER, TAG_BOUNDARY -> in.seek(end);
            case TAG_STREAM_HEADER -> streamHeader(in, start, end, streams);
            case TAG_SAMPLES -> XdfSamples.read(in, start, end, known(in, start, end, streams, "Samples"));
            case TAG_CLOCK_OFFSET -> clockOffset(in, start, end, known(in, start, end, streams, "ClockOffset"));
            case TAG_STREAM_FOOTER -> {
                known(in, start, end, streams, "StreamFooter").footer = true;
                in.seek(end);
            }
            default -> {
                warnings.add("skipped a chunk of unknown tag " + tag + " at byte " + start);
                in.seek(end);
            }
        }
        if (in.position() != end) {
            throw in.error(start, "the content of this " + TAG_NAMES.getOrDefault(tag, "tag " + tag)
                    + " chunk ends at byte " + in.position() + " but its length says " + end);
        }
        return true;
    }

    private static long streamId(FileCursor in, long start, long end) throws IOException {
        if (end - in.position() < 4) {
            throw in.error(start, "chunk too short for its stream id");
        }
        return in.u32("stream id");
    }

    private static void streamHeader(FileCursor in, long start, long end, Map<Long, XdfStreamData> streams)
            throws IOException {
        long id = streamId(in, start, end);
        if (streams.containsKey(id)) {
            throw in.error(start, "a second StreamHeader for stream " + id);
        }
        byte[] xml = in.bytes(end - in.position(), "stream header XML");
        try {
            streams.put(id, new XdfStreamData((int) id, XdfStreamHeader.parse(xml)));
        } catch (IllegalArgumentException e) {
            throw in.error(start, "stream " + id + ": " + e.getMessage());
        }
    }

    private static XdfStreamData known(FileCursor in, long start, long end, Map<Long, XdfStreamData> streams,
                                       String chunk) throws IOException {
        long id = streamId(in, start, end);
        XdfStreamData s = streams.get(id);
        if (s == null) {
            throw in.error(start, chunk + " chunk for stream " + id + ", which has no StreamHeader before it");
        }
        return s;
    }

    private static void clockOffset(FileCursor in, long start, long end, XdfStreamData s) throws IOException {
        if (end - in.position() != 16) {
            throw in.error(start, "ClockOffset chunk of " + (end - start) + " bytes; its content must be 16 bytes");
        }
        double time = in.f64("clock offset collection time");
        double offset = in.f64("clock offset value");
        if (!Double.isFinite(time) || !Double.isFinite(offset)) {
            throw in.error(start, "clock offset (" + time + ", " + offset + ") is not finite");
        }
        s.addClockOffset(time, offset);
    }
}
