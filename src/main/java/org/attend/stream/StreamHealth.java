package org.attend.stream;

/**
 * A snapshot of a session's health, handed to listeners when the stream's state changes and about once a
 * second otherwise.
 *
 * @param streamName         the stream's name
 * @param state              where the stream stands
 * @param lastSampleTime     source time of the newest sample, seconds (NaN before the first)
 * @param droppedSamples     samples lost so far (queue overflow and gaps the source reported)
 * @param lateSamples        samples that waited too long before processing
 * @param latencyMsP50       median decision latency so far, ms (NaN before the first decision)
 * @param latencyMsP99       99th percentile decision latency so far, ms (NaN before the first decision)
 * @param clockOffsetSeconds LSL clock offset of the source (remote minus local), NaN where there is none
 */
public record StreamHealth(String streamName, StreamState state, double lastSampleTime, long droppedSamples,
                           long lateSamples, double latencyMsP50, double latencyMsP99, double clockOffsetSeconds) {
}
