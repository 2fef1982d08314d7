package org.attend.realtime;

import java.util.List;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;

/**
 * A chunk as it reached the engine.
 *
 * @param chunk        the samples (filtered in place by the processing thread)
 * @param markers      markers up to the chunk's last sample
 * @param arrivalNanos when the acquisition thread received it, on the engine's ticker ({@link System#nanoTime()})
 * @param afterStale   whether it is the first chunk to arrive after the stream went stale
 * @param afterGap     whether samples are missing before it: its timestamps jump past a stale period, the
 *                     source reported lost samples, or the engine dropped a chunk
 */
public record AcquiredChunk(Chunk chunk, List<Marker> markers, long arrivalNanos, boolean afterStale,
                            boolean afterGap) {

    /** A chunk of an uninterrupted stream. */
    public AcquiredChunk(Chunk chunk, List<Marker> markers, long arrivalNanos) {
        this(chunk, markers, arrivalNanos, false, false);
    }
}
