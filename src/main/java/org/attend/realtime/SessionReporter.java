package org.attend.realtime;

/**
 * Told how a session goes, on the thread that runs it: after calibration and once at the end (also after a
 * signal or a failure, before the outputs are gone). The command line prints these; benchmarks ignore them.
 */
public interface SessionReporter {

    /** Reports nothing. */
    SessionReporter NONE = new SessionReporter() {
    };

    /** The decoder was fitted on the calibration block. */
    default void calibrated(String decoderName, CalibrateThenDecode.Calibration calibration) {
    }

    /** The session ended (completed, interrupted or failed); called once. */
    default void finished(SessionResult result) {
    }
}
