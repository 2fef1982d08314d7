package org.attend.lsl;

/**
 * How an inlet connects.
 *
 * @param maxBufferSeconds seconds of data buffered locally and in the outlet (liblsl default 360); the
 *                         oldest samples are dropped and counted beyond that
 * @param maxChunkLength   samples per network write the outlet may gather (0 = outlet decides)
 * @param recover          re-resolve by source_id and reconnect when the connection is lost
 * @param watchdogSeconds  after this long without data the inlet checks that the outlet still answers,
 *                         and recovers if it does not (liblsl's WatchdogTimeThreshold, 15 s)
 */
public record InletOptions(double maxBufferSeconds, int maxChunkLength, boolean recover, double watchdogSeconds) {

    /** liblsl's watchdog threshold, seconds. */
    public static final double DEFAULT_WATCHDOG_SECONDS = 15;

    /** Options with liblsl's watchdog threshold. */
    public InletOptions(double maxBufferSeconds, int maxChunkLength, boolean recover) {
        this(maxBufferSeconds, maxChunkLength, recover, DEFAULT_WATCHDOG_SECONDS);
    }

    public InletOptions {
        if (!(maxBufferSeconds > 0)) {
            throw new IllegalArgumentException("inlet buffer must be > 0 s, got " + maxBufferSeconds);
        }
        if (!(watchdogSeconds > 0)) {
            throw new IllegalArgumentException("watchdog threshold must be > 0 s, got " + watchdogSeconds);
        }
        if (maxChunkLength < 0) {
            throw new IllegalArgumentException("max chunk length must be >= 0, got " + maxChunkLength);
        }
    }

    /** liblsl's defaults: 360 s buffer, no chunk preference, recovery on. */
    public static InletOptions defaults() {
        return new InletOptions(360, 0, true);
    }

    /** The watchdog threshold as a socket timeout. */
    int watchdogMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(watchdogSeconds * 1000)));
    }

    /** Buffer capacity in samples for a stream (irregular streams count as 100 Hz, as in liblsl). */
    public int bufferSamples(LslStreamInfo info) {
        double rate = info.nominalSrate() > 0 ? info.nominalSrate() : 100;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(maxBufferSeconds * rate)));
    }
}
