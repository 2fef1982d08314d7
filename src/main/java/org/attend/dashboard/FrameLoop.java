package org.attend.dashboard;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
    private final Thread thread;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean running = true;

    FrameLoop(double framesPerSecond, BooleanSupplier frame) {
        this.periodNanos = (long) (1e9 / framesPerSecond);
        this.frame = frame;
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
        long next = System.nanoTime();
        while (running) {
            try {
                if (frame.getAsBoolean()) {
                    rendered.incrementAndGet();
                }
            } catch (RuntimeException e) {
                LOG.warn("dashboard frame failed: {}", e.toString());
            }
            next += periodNanos;
            long now = System.nanoTime();
            if (now > next) {
                long missed = (now - next) / periodNanos + 1;
                skipped.addAndGet(missed);
                next += missed * periodNanos;
            }
            try {
                Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the loop after the frame in progress. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
