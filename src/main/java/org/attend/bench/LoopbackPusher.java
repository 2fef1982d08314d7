package org.attend.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslOutlet;

/**
 * A headset that can be unplugged: samples Gaussian noise (10 µV) at a fixed rate on its own clock, each sample
 * stamped on the LSL clock when it falls due, and pushes the samples due into whichever outlet is current with
 * the outlet's {@link Cadence} (steady chunks, or the bursts of a consumer headset's connector). {@link #kill()}
 * takes the outlet away (the samples meanwhile are lost, as with a headset whose app is killed) and
 * {@link #restart} brings a new one.
 */
public final class LoopbackPusher implements AutoCloseable {

    /** Between the chunks of one burst, ns: each arrives on its own, as a connector's packets do. */
    static final long BURST_SPACING_NANOS = 2_000_000L;

    /** When the outlet pushes, and into how many chunks it splits what is due: its burst pattern. */
    public interface Cadence {

        /** ns from one push to the next. */
        long nextIntervalNanos(Random random);

        /** Chunks one push is split into, sent {@value #BURST_SPACING_NANOS} ns apart. */
        int chunks(Random random);

        /** One chunk every {@code seconds}, as regular as the clock allows. */
        static Cadence steady(double seconds) {
            long nanos = Math.round(seconds * 1e9);
            return new Cadence() {
                @Override
                public long nextIntervalNanos(Random random) {
                    return nanos;
                }

                @Override
                public int chunks(Random random) {
                    return 1;
                }
            };
        }

        /**
         * Bursts at jittered intervals, uniform in [{@code minSeconds}, {@code maxSeconds}], each of 1 to
         * {@code maxChunks} chunks: what a Bluetooth headset's connector delivers.
         */
        static Cadence jitteredBursts(double minSeconds, double maxSeconds, int maxChunks) {
            if (!(minSeconds > 0 && maxSeconds >= minSeconds && maxChunks >= 1)) {
                throw new IllegalArgumentException("bursts need 0 < min <= max seconds and at least one chunk");
            }
            long min = Math.round(minSeconds * 1e9);
            long span = Math.round((maxSeconds - minSeconds) * 1e9);
            return new Cadence() {
                @Override
                public long nextIntervalNanos(Random random) {
                    return min + (span == 0 ? 0 : (long) (random.nextDouble() * span));
                }

                @Override
                public int chunks(Random random) {
                    return 1 + random.nextInt(maxChunks);
                }
            };
        }
    }

    private final AtomicReference<LslOutlet> outlet = new AtomicReference<>();
    private final Random random = new Random(1);
    private final double rateHz;
    private final int channels;
    private final Cadence cadence;
    private final Thread thread = new Thread(this::push, "bench-pusher");
    private volatile long lastPushNanos;
    private volatile long chunksPushed;
    private volatile boolean running = true;

    /** Starts pushing {@code channels} float32 channels into {@code first}, {@code chunkSamples} at a time. */
    public LoopbackPusher(LslOutlet first, double rateHz, int chunkSamples, int channels) {
        this(first, rateHz, channels, Cadence.steady(chunkSamples / rateHz));
    }

    /** Starts pushing {@code channels} float32 channels into {@code first} with {@code cadence}. */
    public LoopbackPusher(LslOutlet first, double rateHz, int channels, Cadence cadence) {
        this.rateHz = rateHz;
        this.channels = channels;
        this.cadence = cadence;
        outlet.set(first);
        thread.setDaemon(true);
        thread.start();
    }

    /** {@link System#nanoTime()} just after the latest chunk was pushed. */
    public long lastPushNanos() {
        return lastPushNanos;
    }

    /** Chunks pushed so far. */
    public long chunksPushed() {
        return chunksPushed;
    }

    private void push() {
        long startNanos = System.nanoTime();
        double startLsl = LslClock.now();
        long due = startNanos;
        long sent = 0;
        while (running) {
            due += cadence.nextIntervalNanos(random);
            sleepUntil(due);
            int chunks = cadence.chunks(random);
            for (int k = 0; k < chunks && running; k++) {
                long now = System.nanoTime();
                long available = (long) Math.floor((now - startNanos) / 1e9 * rateHz);
                // the rest of the burst in this chunk's share, the last chunk takes what is left
                long upTo = k == chunks - 1 ? available : sent + (available - sent) / (chunks - k);
                if (upTo > sent) {
                    sent = pushSamples(sent, upTo, startLsl);
                }
                if (k < chunks - 1) {
                    sleepUntil(now + BURST_SPACING_NANOS);
                }
            }
        }
    }

    /** Pushes samples {@code [from, to)} into the current outlet, or drops them when there is none. */
    private long pushSamples(long from, long to, double startLsl) {
        List<float[]> samples = new ArrayList<>();
        for (long i = from; i < to; i++) {
            float[] sample = new float[channels];
            for (int c = 0; c < channels; c++) {
                sample[c] = (float) random.nextGaussian() * 10;
            }
            samples.add(sample);
        }
        synchronized (this) {
            LslOutlet current = outlet.get();
            if (current != null) {
                current.pushChunk(samples, startLsl + (to - 1) / rateHz);
                lastPushNanos = System.nanoTime();
                chunksPushed++;
            }
        }
        return to;
    }

    private static void sleepUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
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
