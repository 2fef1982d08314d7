package org.attend.realtime;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attend.control.PolicyState;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a slow listener (the XDF recorder: disk writes) on its own thread, so that the processing thread only
 * enqueues: a bounded queue; when it is full the event is dropped and counted. Closing waits for the queue to
 * drain and then closes the listener (a recording gets its footers). A failure of the listener is reported on
 * the next event and on close.
 */
public final class QueuedListener implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedListener.class);
    /** Events that may wait: at 16 chunks per second and 8 decisions per second, about two minutes. */
    public static final int DEFAULT_CAPACITY = 4096;
    /** Longest wait for the queue to drain on close, ms: a signalled session must end within 2 s. */
    static final long DRAIN_MILLIS = 1000;

    /** One call on the listener. */
    @FunctionalInterface
    private interface Event {
        void deliver(SessionListener to) throws Exception;
    }

    private static final Event END = to -> { };

    private final SessionListener inner;
    private final BlockingQueue<Event> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread worker;
    private boolean closed;

    /** Starts {@code inner}'s thread; the queue holds {@code capacity} events. */
    public QueuedListener(SessionListener inner, int capacity, String name) {
        this.inner = inner;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::work, "attend-" + name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Events dropped because the queue was full. */
    public long droppedEvents() {
        return dropped.get();
    }

    private void work() {
        try {
            while (true) {
                Event event = queue.take();
                if (event == END) {
                    return;
                }
                if (failure.get() == null) {
                    try {
                        event.deliver(inner);
                    } catch (Exception e) {
                        failure.set(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Event event) throws Exception {
        Exception failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public void onChunk(Chunk raw, List<Marker> markers) throws Exception {
        enqueue(to -> to.onChunk(raw, markers));
    }

    @Override
    public void onPrediction(Prediction prediction) throws Exception {
        enqueue(to -> to.onPrediction(prediction));
    }

    @Override
    public void onCommand(Command command) throws Exception {
        enqueue(to -> to.onCommand(command));
    }

    @Override
    public void onPolicyState(PolicyState state) throws Exception {
        enqueue(to -> to.onPolicyState(state));
    }

    @Override
    public void onHealth(StreamHealth health) throws Exception {
        enqueue(to -> to.onHealth(health));
    }

    /** Waits (at most {@value #DRAIN_MILLIS} ms) for the queued events to be handled, then closes the listener. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(END);
            worker.join(DRAIN_MILLIS);
            if (worker.isAlive()) {
                LOG.warn("{} did not drain in {} ms; closing with {} events left", worker.getName(), DRAIN_MILLIS,
                        queue.size());
                worker.interrupt();
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dropped.get() > 0) {
            LOG.warn("{} dropped {} events: its queue was full", worker.getName(), dropped.get());
        }
        inner.close();
        Exception failed = failure.get();
        if (failed != null) {
            throw new IOException(failed.getMessage(), failed);
        }
    }
}
