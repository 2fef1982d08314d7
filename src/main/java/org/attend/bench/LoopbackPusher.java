package org.attend.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslOutlet;

/**
 * A headset that can be unplugged: pushes chunks of Gaussian noise (10 µV) at a fixed rate, stamped on the LSL
 * clock, into whichever outlet is current; {@link #kill()} takes the outlet away and {@link #restart} brings a new
 * one, as a headset whose app is killed and started again.
 */
public final class LoopbackPusher implements AutoCloseable {

    private final AtomicReference<LslOutlet> outlet = new AtomicReference<>();
    private final Random random = new Random(1);
    private final double rateHz;
    private final int chunkSamples;
    private final int channels;
    private final Thread thread = new Thread(this::push, "bench-pusher");
    private volatile long lastPushNanos;
    private volatile boolean running = true;

    /** Starts pushing {@code channels} float32 channels into {@code first}, {@code chunkSamples} at a time. */
    public LoopbackPusher(LslOutlet first, double rateHz, int chunkSamples, int channels) {
        this.rateHz = rateHz;
        this.chunkSamples = chunkSamples;
        this.channels = channels;
        outlet.set(first);
        thread.setDaemon(true);
        thread.start();
    }

    /** {@link System#nanoTime()} just after the latest chunk was pushed. */
    public long lastPushNanos() {
        return lastPushNanos;
    }

    private void push() {
        long start = System.nanoTime();
        for (long k = 1; running; k++) {
            long wait = start + (long) (k * chunkSamples / rateHz * 1e9) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            List<float[]> samples = new ArrayList<>();
            for (int i = 0; i < chunkSamples; i++) {
                float[] sample = new float[channels];
                for (int c = 0; c < channels; c++) {
                    sample[c] = (float) random.nextGaussian() * 10;
                }
                samples.add(sample);
            }
            synchronized (this) {
                LslOutlet current = outlet.get();
                if (current != null) {
                    current.pushChunk(samples, LslClock.now());
                    lastPushNanos = System.nanoTime();
                }
            }
        }
    }

    /** Takes the outlet away (the caller closes it); returns once its last chunk has been pushed. */
    public LslOutlet kill() {
        synchronized (this) {
            return outlet.getAndSet(null);
        }
    }

    /** Pushes into {@code next} from now on. */
    public void restart(LslOutlet next) {
        outlet.set(next);
    }

    /** Stops pushing and closes the current outlet. */
    @Override
    public void close() throws Exception {
        running = false;
        thread.join();
        LslOutlet current = kill();
        if (current != null) {
            current.close();
        }
    }
}
