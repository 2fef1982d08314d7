package org.attend.dashboard;

/**
 * The render loop's bookkeeping.
 *
 * @param rendered frames drawn
 * @param skipped  frame slots given up because the previous frame was still being drawn
 * @param pngs     PNG files written
 */
public record FrameCounts(long rendered, long skipped, long pngs) {
}
