package org.attend.realtime;

import java.util.List;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;

/**
 * A chunk as it reached the engine.
 *
 * @param chunk        the samples (filtered in place by the processing thread)
 * @param markers      markers up to the chunk's last sample
 * @param arrivalNanos {@link System#nanoTime()} when the acquisition thread received it
 */
public record AcquiredChunk(Chunk chunk, List<Marker> markers, long arrivalNanos) {
}
