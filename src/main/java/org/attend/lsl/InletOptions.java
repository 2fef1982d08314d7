package org.attend.lsl;

/**
 * How an inlet connects.
 *
 * @param maxBufferSeconds seconds of data buffered locally and in the outlet (liblsl default 360); the
 *                         oldest samples are dropped and counted beyond that
 * @param maxChunkLength   samples per network write the outlet may gather (0 = outlet decides)
 * @param recover          re-resolve by source_id and reconnect when the connection is lost
 */
public record InletOptions(double maxBufferSeconds, int maxChunkLength, boolean recover) {

    public InletOptions {
        if (!(maxBufferSeconds > 0)) {
            throw new IllegalArgumentException("inlet buffer must be > 0 s, got " + maxBufferSeconds);
        }
        if (maxChunkLength < 0) {
            throw new IllegalArgumentException("max chunk length must be >= 0, got " + maxChunkLength);
        }
    }

    /** liblsl's defaults: 360 s buffer, no chunk preference, recovery on. */
    public static InletOptions defaults() {
        return new InletOptions(360, 0, true);
    }

    /** Buffer capacity in samples for a stream (irregular streams count as 100 Hz, as in liblsl). */
    public int bufferSamples(LslStreamInfo info) {
        double rate = info.nominalSrate() > 0 ? info.nominalSrate() : 100;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(maxBufferSeconds * rate)));
    }
}
