package org.attend.lsl;

/**
 * A break in a stream: the connection was lost and recovered (possibly to a restarted outlet).
 *
 * @param lastBefore       timestamp of the last sample before the break, local clock, seconds
 * @param firstAfter       timestamp of the first sample after it, local clock, seconds
 * @param lostSamples      samples the nominal rate says were missed; 0 for irregular streams
 */
public record LslGap(double lastBefore, double firstAfter, long lostSamples) {
}
