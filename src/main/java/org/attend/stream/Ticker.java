package org.attend.stream;

import java.util.concurrent.TimeUnit;

/**
 * A monotonic nanosecond clock and a way to wait on it. Code that measures or waits for wall time (the engine,
 * the stream watchdog, paced sources, the dashboard's frame loop, the control policy) takes one, {@link #SYSTEM}
 * by default, so that tests of its timing logic run on a fake clock and assert exact behaviour.
 */
public interface Ticker {

    /** {@link System#nanoTime()}, and {@link Thread#sleep} for waiting. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }
    };

    /** Nanoseconds from an arbitrary origin; only differences between two readings mean anything. */
    long nanos();

    /** Waits at least {@code nanos} on this clock (returns at once for zero or less). */
    void sleepNanos(long nanos) throws InterruptedException;
}
