package org.attend.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.attend.stream.Ticker;

/**
 * A clock that only moves when told: {@link #advance} moves it, and {@link #sleepNanos} moves it by the time asked
 * for instead of waiting, so timing logic runs at once and its behaviour is exact.
 */
public final class FakeTicker implements Ticker {

    private final AtomicLong nanos;

    /** Starts at {@code startNanos}. */
    public FakeTicker(long startNanos) {
        this.nanos = new AtomicLong(startNanos);
    }

    @Override
    public long nanos() {
        return nanos.get();
    }

    @Override
    public void sleepNanos(long nanos) {
        if (nanos > 0) {
            this.nanos.addAndGet(nanos);
        }
    }

    /** Moves the clock on by {@code nanos}. */
    public void advance(long nanos) {
        this.nanos.addAndGet(nanos);
    }

    /** Moves the clock on by {@code millis}. */
    public void advanceMillis(long millis) {
        advance(millis * 1_000_000L);
    }
}
