package org.attend.realtime;

import org.attend.stream.Chunk;

/** What the processing thread does with each filtered chunk: calibrate, decode, or both in turn. */
public interface Stage {

    /**
     * Handles one chunk.
     *
     * @param filtered the chunk after the engine's filter
     * @param raw      the same samples before filtering (for signal-quality checks); do not modify
     * @return false when the session is complete and the engine should stop
     */
    boolean accept(AcquiredChunk filtered, Chunk raw) throws Exception;

    /**
     * The stream went stale: no sample for the stale timeout. The engine has already sent {@code stop} to every
     * output (on its watchdog's thread); the stage forgets what it was accumulating.
     *
     * @param lastSourceTime source time of the last sample
     */
    void streamStale(double lastSourceTime) throws Exception;

    /** Samples arrive again after a gap (samples missing): windows restart, none will span the gap. */
    void restartAfterGap();
}
