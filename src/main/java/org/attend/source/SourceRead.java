package org.attend.source;

import java.util.List;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;

/**
 * One read from a {@link Source}.
 *
 * @param chunk        the samples, null when none arrived
 * @param markers      markers up to the chunk's last sample (ground-truth cues, annotations)
 * @param lostSamples  samples the source knows it lost before this chunk (a gap in a stream)
 * @param ended        true once the source has nothing more to give
 */
public record SourceRead(Chunk chunk, List<Marker> markers, long lostSamples, boolean ended) {

    private static final SourceRead TIMEOUT = new SourceRead(null, List.of(), 0, false);
    private static final SourceRead END = new SourceRead(null, List.of(), 0, true);

    public SourceRead {
        markers = List.copyOf(markers);
    }

    public static SourceRead of(Chunk chunk, List<org.attend.stream.Marker> markers) {
        return new SourceRead(chunk, markers, 0, false);
    }

    public static SourceRead timeout() {
        return TIMEOUT;
    }

    public static SourceRead end() {
        return END;
    }
}
