package org.attend.realtime;

/** What the processing thread does with each filtered chunk: calibrate, decode, or both in turn. */
public interface Stage {

    /**
     * Handles one filtered chunk.
     *
     * @return false when the session is complete and the engine should stop
     */
    boolean accept(AcquiredChunk filtered) throws Exception;

    /** Called once each time the source falls silent for longer than the signal timeout. */
    void signalLost(double lastSourceTime) throws Exception;
}
