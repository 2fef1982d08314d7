package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import org.attend.stream.StreamInfo;

/**
 * Where samples come from: a headset over LSL, the simulated headset, or a recorded file. Every way in
 * goes through this interface so that live sessions, replay and experiments share one data path.
 */
public interface Source extends AutoCloseable {

    /** The stream this source delivers. */
    StreamInfo info();

    /**
     * The next chunk of samples with the markers that fall up to its last sample, waiting at most
     * {@code timeout}. Returns {@link SourceRead#timeout()} when nothing arrived in time and
     * {@link SourceRead#end()} once the source is exhausted.
     */
    SourceRead read(Duration timeout) throws IOException, InterruptedException;

    /**
     * Whether samples keep coming whether or not they are read (a headset, a paced replay). The engine
     * never blocks such a source and counts what it has to drop; a source that waits for its reader
     * (a file or the simulator at full speed) is given back-pressure instead.
     */
    boolean isLive();

    /**
     * The LSL time correction of a stream from another program: seconds added to its time stamps to put them on
     * the local clock (liblsl's {@code time_correction}); NaN for a source without one (a file, the simulator).
     */
    default double clockOffsetSeconds() {
        return Double.NaN;
    }

    @Override
    void close() throws IOException;
}
