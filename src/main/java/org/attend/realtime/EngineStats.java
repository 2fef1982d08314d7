package org.attend.realtime;

/**
 * What the engine saw.
 *
 * @param samples        samples processed
 * @param droppedSamples samples lost: queue overflow on a live source, or gaps the source reported
 * @param lateSamples    samples that waited longer than the late threshold before processing
 * @param signalLosses   times the source fell silent beyond the signal timeout
 */
public record EngineStats(long samples, long droppedSamples, long lateSamples, long signalLosses) {
}
