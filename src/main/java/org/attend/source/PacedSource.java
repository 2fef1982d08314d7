package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import org.attend.stream.Ticker;

/**
 * Delivers a source that can run ahead (a file, the simulator) at the pace of a real headset: each chunk is
 * released when the wall clock reaches its last sample's time divided by {@code speed}. The paced source is
 * live: samples keep coming whether or not the reader keeps up, so the engine drops and counts what it
 * cannot take, exactly as with a headset.
 */
public final class PacedSource extends ForwardingSource {

    private final double speed;
    private final Ticker ticker;
    private boolean started;
    private long startNanos;
    private double startTime;

    /** @param speed 1 for real time, 2 for twice as fast, and so on */
    public PacedSource(Source inner, double speed) {
        this(inner, speed, Ticker.SYSTEM);
    }

    /** The same, released by {@code ticker}'s clock. */
    public PacedSource(Source inner, double speed, Ticker ticker) {
        super(inner);
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive factor, got " + speed);
        }
        this.speed = speed;
        this.ticker = ticker;
    }

    /** A paced source for a finite speed; the source itself for {@code max} (infinite) speed. */
    public static Source at(Source inner, double speed) {
        return Double.isInfinite(speed) ? inner : new PacedSource(inner, speed);
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        SourceRead read = inner.read(timeout);
        if (read.chunk() == null) {
            return read;
        }
        if (!started) {
            started = true;
            startNanos = ticker.nanos();
            startTime = read.chunk().firstTime();
        }
        long due = startNanos + (long) ((read.chunk().lastTime() - startTime) / speed * 1e9);
        ticker.sleepNanos(due - ticker.nanos());
        return read;
    }

    @Override
    public boolean isLive() {
        return true;
    }
}
