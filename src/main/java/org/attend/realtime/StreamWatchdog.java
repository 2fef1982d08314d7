package org.attend.realtime;

import java.util.function.DoubleConsumer;
import org.attend.stream.Ticker;

/**
 * Watches a live stream on its own timer, independent of the source's reads: when no chunk has arrived for the
 * stale timeout it calls {@code onStale} (which sends {@code stop} to every output) at once, from its own thread.
 * The acquisition thread reports each arrival; the first arrival after a stale period ends the gap.
 * <p>
 * Without a set timeout it is learnt from the chunk intervals it observes ({@link StaleTimeout}), afresh after each
 * gap.
 */
final class StreamWatchdog implements AutoCloseable {

    /** How often the watchdog looks, ns: small against the 250 ms the fail-safe must meet. */
    static final long TICK_NANOS = 5_000_000L;

    private final double fixedStaleMillis;
    private final DoubleConsumer staleMarked;
    private final DoubleConsumer onStale;
    private final Ticker ticker;
    private final StaleTimeout learnt = new StaleTimeout();
    private boolean arrivedAny;
    private long lastArrivalNanos;
    private double lastSampleTime = Double.NaN;
    private boolean stale;
    private long staleNanos;
    private volatile boolean running = true;
    private final Thread thread;

    /**
     * A watchdog that looks when {@link #tick()} is called, and every {@value #TICK_NANOS} ns on its own thread once
     * {@link #start() started}.
     *
     * @param staleMillis fixed stale timeout, or NaN to derive it from the observed chunk intervals
     * @param ticker      the clock of the arrivals and of the timeout
     * @param staleMarked told the source time of the last sample the moment the stream is found stale, before any
     *                    later arrival can end the gap (under the watchdog's lock: must only note it)
     * @param onStale     told the same right after, outside the lock, on the watchdog's thread (sends stop)
     */
    StreamWatchdog(String streamName, double staleMillis, Ticker ticker, DoubleConsumer staleMarked,
                   DoubleConsumer onStale) {
        this.fixedStaleMillis = staleMillis;
        this.ticker = ticker;
        this.staleMarked = staleMarked;
        this.onStale = onStale;
        this.staleNanos = (long) ((Double.isNaN(staleMillis) ? learnt.millis() : staleMillis) * 1e6);
        this.thread = new Thread(this::watch, "attend-watchdog-" + streamName);
        this.thread.setDaemon(true);
    }

    /** Starts looking on the watchdog's own thread. */
    void start() {
        thread.start();
    }

    /**
     * A chunk arrived (acquisition thread).
     *
     * @param nanos when, on the watchdog's ticker
     * @return true when it ends a stale period: the chunk is the first after a gap
     */
    synchronized boolean arrived(long nanos, double lastSourceTime) {
        if (arrivedAny && !stale && Double.isNaN(fixedStaleMillis)) {
            learnt.observe(nanos - lastArrivalNanos);
            staleNanos = (long) (learnt.millis() * 1e6);
        }
        arrivedAny = true;
        lastArrivalNanos = nanos;
        lastSampleTime = lastSourceTime;
        boolean gapEnded = stale;
        if (gapEnded && Double.isNaN(fixedStaleMillis)) {
            // a reconnected source may chunk differently: learn its intervals afresh
            learnt.reset();
            staleNanos = (long) (learnt.millis() * 1e6);
        }
        stale = false;
        return gapEnded;
    }

    /** When the latest chunk arrived, on the watchdog's ticker (meaningless before the first). */
    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    /** The stale timeout now in force, ms. */
    synchronized double staleMillis() {
        return staleNanos / 1e6;
    }

    private void watch() {
        while (running) {
            try {
                ticker.sleepNanos(TICK_NANOS);
            } catch (InterruptedException e) {
                return;
            }
            tick();
        }
    }

    /** One look: when no chunk has arrived for the stale timeout, the stream is stale ({@code onStale} is told). */
    void tick() {
        boolean becameStale = false;
        double staleAt;
        synchronized (this) {
            if (!stale && arrivedAny && ticker.nanos() - lastArrivalNanos > staleNanos) {
                stale = true;
                becameStale = true;
                staleMarked.accept(lastSampleTime);
            }
            staleAt = lastSampleTime;
        }
        if (becameStale) {
            onStale.accept(staleAt);
        }
    }

    /** Stops the thread (within one tick). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
