package org.attend.dashboard;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a frame task on its own thread at a fixed rate. A frame that overruns its slot is never made up for:
 * the slots it covered are skipped and counted, so a slow renderer shows fewer, newer frames instead of a
 * growing backlog. The task says whether it drew anything (with no window open and no picture due, it only
 * takes the snapshot); only frames drawn count as rendered.
 */
final class FrameLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FrameLoop.class);

    private final long periodNanos;
    private final BooleanSupplier frame;
    private final Ticker ticker;
    private final Thread thread;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean running = true;

    /** @param ticker the clock the slots are measured and waited for on */
    FrameLoop(double framesPerSecond, BooleanSupplier frame, Ticker ticker) {
        this.periodNanos = (long) (1e9 / framesPerSecond);
        this.frame = frame;
        this.ticker = ticker;
        this.thread = new Thread(this::loop, "attend-dashboard-render");
        this.thread.setDaemon(true);
        this.thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    void start() {
        thread.start();
    }

    long rendered() {
        return rendered.get();
    }

    long skipped() {
        return skipped.get();
    }

    private void loop() {
        long next = ticker.nanos();
        while (running) {
            try {
                if (frame.getAsBoolean()) {
                    rendered.incrementAndGet();
                }
            } catch (RuntimeException e) {
                LOG.warn("dashboard frame failed: {}", e.toString());
            }
            long now = ticker.nanos();
            next = nextSlot(next, now);
            try {
                ticker.sleepNanos(next - now);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The slot after {@code slot} for a frame that ended at {@code now}: slots it overran are skipped, counted. */
    private long nextSlot(long slot, long now) {
        long next = slot + periodNanos;
        if (now > next) {
            long missed = (now - next) / periodNanos + 1;
            skipped.addAndGet(missed);
            next += missed * periodNanos;
        }
        return next;
    }

    /** Stops the loop after the frame in progress. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
