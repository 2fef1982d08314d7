package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * Several recordings of one session played back to back on one timeline, as one source: the times of each
 * recording are shifted so that it starts {@link #GAP_SECONDS} after the previous one ended (times stay
 * monotonic, markers move with their samples), and the stream never restarts, so the session's filter state
 * carries across files. The gap is a real gap in source time: a window or calibration epoch never spans it.
 */
public final class FileSequenceSource implements Source {

    /** Source time between the last sample of one recording and the first of the next. */
    public static final double GAP_SECONDS = 1.0;

    private final List<FileSource> parts;
    private final List<String> names;
    private final double[] offsets;
    private final List<Marker> markers = new ArrayList<>();
    private int current;

    /**
     * @param parts the recordings in play order (closed with this source)
     * @param names their file names, for errors
     * @throws IllegalArgumentException naming the first file whose channels or rate differ from the first's
     */
    public FileSequenceSource(List<FileSource> parts, List<String> names) {
        if (parts.isEmpty() || parts.size() != names.size()) {
            throw new IllegalArgumentException("a sequence needs at least one recording, each with its name");
        }
        this.parts = List.copyOf(parts);
        this.names = List.copyOf(names);
        StreamInfo first = parts.get(0).info();
        offsets = new double[parts.size()];
        double end = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < parts.size(); i++) {
            FileSource part = parts.get(i);
            StreamInfo info = part.info();
            if (!info.channels().labels().equals(first.channels().labels()) || info.sampleRateHz() != first.sampleRateHz()) {
                throw new IllegalArgumentException(names.get(i) + ": channels or sample rate (" + info.channelCount()
                        + " channels at " + info.sampleRateHz() + " Hz) differ from " + names.get(0) + " ("
                        + first.channelCount() + " at " + first.sampleRateHz() + " Hz); replay runs of one session");
            }
            offsets[i] = i == 0 ? 0 : end + 1 / info.sampleRateHz() + GAP_SECONDS - part.startTime();
            end = part.endTime() + offsets[i];
            for (Marker m : part.markers()) {
                markers.add(new Marker(m.label(), m.time() + offsets[i]));
            }
        }
    }

    /** Every marker of every recording, on the joined timeline. */
    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** How far each recording's times were moved, seconds, in play order. */
    public double[] offsetsSeconds() {
        return offsets.clone();
    }

    @Override
    public StreamInfo info() {
        return parts.get(0).info();
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        while (current < parts.size()) {
            SourceRead read = parts.get(current).read(timeout);
            if (!read.ended()) {
                return shifted(read, offsets[current]);
            }
            current++;
        }
        return SourceRead.end();
    }

    private static SourceRead shifted(SourceRead read, double offset) {
        if (offset == 0 || read.chunk() == null) {
            return read;
        }
        double[] t = read.chunk().timestamps().clone();
        for (int i = 0; i < t.length; i++) {
            t[i] += offset;
        }
        List<Marker> moved = read.markers().stream().map(m -> new Marker(m.label(), m.time() + offset)).toList();
        return new SourceRead(new Chunk(read.chunk().data(), t), moved, read.lostSamples(), false);
    }

    @Override
    public boolean isLive() {
        return false;
    }

    @Override
    public void close() throws IOException {
        for (FileSource part : parts) {
            part.close();
        }
    }
}
