package org.attend.realtime;

/**
 * How a session ended.
 *
 * @param streamName      the signal stream
 * @param sampleRateHz    its sample rate
 * @param engine          the engine's sample accounting
 * @param online          the online block's figures; null for a recording session or one that ended while
 *                        calibrating
 * @param decoderName     the decoder's name, null for a recording session
 * @param interruption    why the session was stopped early (e.g. {@code SIGINT}), null when it ran to its end
 * @param recordingDrops  events the recorder's queue had to drop (0 without a recording)
 */
public record SessionResult(String streamName, double sampleRateHz, EngineStats engine, SessionSummary online,
                            String decoderName, String interruption, long recordingDrops) {

    /** Whether the session was stopped before its end. */
    public boolean interrupted() {
        return interruption != null;
    }
}
