package org.attend.lsl;

/**
 * The LSL clock: monotonic seconds. HotSpot on Linux reads {@code CLOCK_MONOTONIC} for
 * {@link System#nanoTime()}, which is the clock liblsl's {@code lsl_local_clock()} uses, so timestamps
 * agree with liblsl and Python peers on the same host; elsewhere time correction maps between clocks.
 */
public final class LslClock {

    private LslClock() {
    }

    /** The local LSL clock, seconds. */
    public static double now() {
        return System.nanoTime() / 1e9;
    }
}
