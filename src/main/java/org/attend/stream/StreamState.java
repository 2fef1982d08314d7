package org.attend.stream;

/** Where a stream stands: samples arriving, late, gone, or back after a gap. */
public enum StreamState {
    /** Samples arrive as expected. */
    CONNECTED,
    /** No sample for longer than the stale timeout: every output has been told {@code stop}. */
    STALE,
    /** Silent beyond the signal timeout, or the source reported the connection lost. */
    LOST,
    /** Samples arrive again after a stale or lost period (windows and filters restarted if samples are missing). */
    RECOVERED
}
