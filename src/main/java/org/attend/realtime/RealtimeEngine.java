package org.attend.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a session: an acquisition thread reads the source and hands chunks over through a bounded queue;
 * the calling thread filters them and passes them to the {@link Stage}. A live source is never blocked:
 * when the queue is full its chunk is dropped and counted (its markers are kept). A source that can wait
 * (a file or the simulator at full speed) gets back-pressure instead, so nothing is dropped.
 */
public final class RealtimeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeEngine.class);
    private static final Object END = new Object();
    private static final Object SIGNAL_LOST = new Object();

    private final Source source;
    private final ChunkFilter preprocessor;
    private final Stage stage;
    private final EngineSettings settings;
    private final List<SessionListener> listeners;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<Exception> acquisitionFailure = new AtomicReference<>();
    private volatile boolean running;

    public RealtimeEngine(Source source, ChunkFilter preprocessor, Stage stage, EngineSettings settings,
                          List<SessionListener> listeners) {
        this.source = source;
        this.preprocessor = preprocessor;
        this.stage = stage;
        this.settings = settings;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs until the source ends or the stage completes.
     *
     * @throws Exception what the source or the stage failed with, naming the stream
     */
    public EngineStats run() throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(source.isLive() ? settings.queueChunks()
                : settings.backpressureChunks());
        running = true;
        Thread acquisition = new Thread(() -> acquire(queue), "attend-acquisition");
        acquisition.setDaemon(true);
        acquisition.start();
        long samples = 0;
        long late = 0;
        long losses = 0;
        double lastTime = Double.NaN;
        long lateNanos = (long) (settings.lateSeconds() * 1e9);
        boolean live = source.isLive(); // a source that waits for us cannot be late
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                }
                if (item == SIGNAL_LOST) {
                    losses++;
                    stage.signalLost(lastTime);
                    continue;
                }
                AcquiredChunk acquired = (AcquiredChunk) item;
                Chunk chunk = acquired.chunk();
                if (live && System.nanoTime() - acquired.arrivalNanos() > lateNanos) {
                    late += chunk.sampleCount();
                }
                notifyChunk(acquired);
                preprocessor.process(chunk.data());
                samples += chunk.sampleCount();
                if (chunk.sampleCount() > 0) {
                    lastTime = chunk.lastTime();
                }
                if (!stage.accept(acquired)) {
                    break;
                }
            }
        } finally {
            running = false;
            acquisition.interrupt();
            acquisition.join(settings.pollTimeout().toMillis() * 10 + 1000);
        }
        Exception failure = acquisitionFailure.get();
        if (failure != null) {
            throw failure;
        }
        return new EngineStats(samples, dropped.get(), late, losses);
    }

    private void notifyChunk(AcquiredChunk acquired) throws Exception {
        if (listeners.isEmpty()) {
            return;
        }
        float[][] data = acquired.chunk().data();
        float[][] raw = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            raw[c] = data[c].clone();
        }
        Chunk copy = new Chunk(raw, acquired.chunk().timestamps());
        for (SessionListener listener : listeners) {
            listener.onChunk(copy, acquired.markers());
        }
    }

    private void acquire(BlockingQueue<Object> queue) {
        boolean live = source.isLive();
        long signalTimeoutNanos = settings.signalTimeout().toNanos();
        long lastData = System.nanoTime();
        boolean lost = false;
        List<Marker> pendingMarkers = new ArrayList<>();
        try {
            while (running) {
                SourceRead read = source.read(settings.pollTimeout());
                long now = System.nanoTime();
                pendingMarkers.addAll(read.markers());
                if (read.ended()) {
                    if (!pendingMarkers.isEmpty()) {
                        // markers of chunks dropped at the very end still reach the stage, in an empty chunk
                        int channels = source.info().channelCount();
                        queue.put(new AcquiredChunk(new Chunk(new float[channels][0], new double[0]),
                                List.copyOf(pendingMarkers), now));
                    }
                    queue.put(END);
                    return;
                }
                dropped.addAndGet(read.lostSamples());
                if (read.chunk() == null) {
                    if (!lost && now - lastData > signalTimeoutNanos) {
                        lost = true;
                        LOG.warn("{}: no samples for {} ms, signal lost", source.info().name(),
                                (now - lastData) / 1_000_000);
                        queue.offer(SIGNAL_LOST);
                    }
                    continue;
                }
                lastData = now;
                lost = false;
                // markers wait in pendingMarkers until a chunk carrying them is handed over
                AcquiredChunk acquired = new AcquiredChunk(read.chunk(), List.copyOf(pendingMarkers), now);
                if (!live) {
                    queue.put(acquired);
                    pendingMarkers.clear();
                } else if (queue.offer(acquired)) {
                    pendingMarkers.clear();
                } else {
                    // never block a live source: lose the samples, count them, keep the markers
                    dropped.addAndGet(read.chunk().sampleCount());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            acquisitionFailure.set(e);
            queue.clear();
            queue.offer(END);
        }
    }
}
