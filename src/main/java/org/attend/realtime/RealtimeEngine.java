package org.attend.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attend.source.Source;
import org.attend.source.SourceRead;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamInfo;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a session: an acquisition thread reads the source and hands chunks over through a bounded queue;
 * the calling thread filters them and passes them to the {@link Stage}. A live source is never blocked:
 * when the queue is full its chunk is dropped and counted (its markers are kept). A source that can wait
 * (a file or the simulator at full speed) gets back-pressure instead, so nothing is dropped.
 * <p>
 * A live stream is watched by a {@link StreamWatchdog} on its own timer: when it goes stale every output gets
 * {@code stop} at once, from the watchdog's thread, whatever the source's read is doing; the first chunk after
 * the gap restarts the filters and the windows. Listeners hear the stream's {@link StreamHealth} on every change
 * and about once a second. Any failure (a non-finite sample, the source, the stage, a sink or a listener) sends
 * {@code stop} to every output before the engine ends with a {@link SessionFailedException}.
 */
public final class RealtimeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeEngine.class);
    private static final Object END = new Object();
    private static final long POLL_MILLIS = 10;

    private final Source source;
    private final StreamInfo info;
    private final ChunkFilter preprocessor;
    private final Stage stage;
    private final EngineSettings settings;
    private final List<SessionListener> listeners;
    private final CommandOutputs outputs;
    private final double staleMillis;
    private final LatencyRecorder latency;
    private final Ticker ticker;
    private final StreamHealthMonitor health;
    private final String staleReason;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<Exception> acquisitionFailure = new AtomicReference<>();
    /** Source times of the last sample before each stale period, for the processing thread. */
    private final ConcurrentLinkedQueue<Double> staleEvents = new ConcurrentLinkedQueue<>();
    /** Fail-safe stops sent from any thread, for the listeners (told on the processing thread). */
    private final ConcurrentLinkedQueue<Command> unreportedStops = new ConcurrentLinkedQueue<>();
    private volatile boolean running;
    private volatile String interruption;
    private volatile double lastSampleTime = Double.NaN;
    private StreamWatchdog watchdog;
    private long late;
    private long staleCount;

    /** An engine without outputs (recording, tests): stale periods are still detected and reported. */
    public RealtimeEngine(Source source, ChunkFilter preprocessor, Stage stage, EngineSettings settings,
                          List<SessionListener> listeners) {
        this(source, preprocessor, stage, settings, listeners, new CommandOutputs(List.of(), Ticker.SYSTEM),
                Double.NaN, new LatencyRecorder(), Ticker.SYSTEM);
    }

    /**
     * @param outputs     the sinks, for the fail-safe {@code stop} (on the same ticker)
     * @param staleMillis stale timeout, NaN to derive it from the chunk intervals observed
     * @param latency     the decision latencies the stage records, reported in the stream's health
     * @param ticker      the clock of arrivals, lateness, the watchdog and the health reports
     */
    RealtimeEngine(Source source, ChunkFilter preprocessor, Stage stage, EngineSettings settings,
                   List<SessionListener> listeners, CommandOutputs outputs, double staleMillis,
                   LatencyRecorder latency, Ticker ticker) {
        this.source = source;
        this.info = source.info();
        this.preprocessor = preprocessor;
        this.stage = stage;
        this.settings = settings;
        this.listeners = List.copyOf(listeners);
        this.outputs = outputs;
        this.staleMillis = staleMillis;
        this.latency = latency;
        this.ticker = ticker;
        this.health = new StreamHealthMonitor(info.name(), settings.signalTimeout().toNanos(), ticker,
                state -> new StreamHealth(info.name(), state, lastSampleTime, dropped.get(), late,
                        latency.percentileMillis(50), latency.percentileMillis(99), source.clockOffsetSeconds()),
                this.listeners);
        this.staleReason = "stream '" + info.name() + "' stale";
    }

    /**
     * Stops the session from any thread (a shutdown signal): {@code stop} goes to every output at once, the
     * processing thread ends within one poll.
     */
    public void interrupt(String reason) {
        interruption = reason;
        Command stop = outputs.failSafe(lastSampleTime, "session interrupted (" + reason + ")");
        if (stop != null) {
            unreportedStops.add(stop);
        }
        running = false;
    }

    /** Why the session was interrupted, null if it was not. */
    public String interruption() {
        return interruption;
    }

    /**
     * Runs until the source ends, the stage completes or the session is interrupted.
     *
     * @throws SessionFailedException what the source, the stage or an output failed with, naming the stream;
     *                                every output has had {@code stop}
     */
    public EngineStats run() throws SessionFailedException, InterruptedException {
        boolean live = source.isLive(); // a source that waits for us cannot be late, nor stale
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(live ? settings.queueChunks()
                : settings.backpressureChunks());
        running = interruption == null;
        if (live) {
            watchdog = new StreamWatchdog(info.name(), staleMillis, ticker, staleEvents::add, this::onStale);
            watchdog.start();
        }
        Thread acquisition = new Thread(() -> acquire(queue), "attend-acquisition");
        acquisition.setDaemon(true);
        acquisition.start();
        long samples = 0;
        long lateNanos = (long) (settings.lateSeconds() * 1e9);
        try {
            while (running) {
                Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                handleStaleEvents();
                // a source nobody watches (not live) is never silent
                health.tick(watchdog != null ? watchdog.lastArrivalNanos() : ticker.nanos());
                if (item == null || !running) {
                    continue;
                }
                if (item == END) {
                    break;
                }
                AcquiredChunk acquired = (AcquiredChunk) item;
                Chunk chunk = acquired.chunk();
                if (acquired.afterStale() || acquired.afterGap()) {
                    resume(acquired);
                } else if (chunk.sampleCount() > 0) {
                    health.samples();
                }
                requireFinite(chunk);
                if (live && ticker.nanos() - acquired.arrivalNanos() > lateNanos) {
                    late += chunk.sampleCount();
                }
                Chunk raw = copy(chunk);
                for (SessionListener listener : listeners) {
                    listener.onChunk(raw, acquired.markers());
                }
                preprocessor.process(chunk.data());
                samples += chunk.sampleCount();
                if (!stage.accept(acquired, raw)) {
                    break;
                }
            }
            Exception failure = acquisitionFailure.get();
            if (failure != null) {
                throw failure;
            }
            tellListenersOfStops();
        } catch (InterruptedException e) {
            failSafe("interrupted");
            throw e;
        } catch (Exception e) {
            String at = Double.isNaN(lastSampleTime) ? "" : String.format(Locale.ROOT, " at %.3f s", lastSampleTime);
            SessionFailedException failure = e instanceof SessionFailedException sfe ? sfe
                    : new SessionFailedException("stream '" + info.name() + "'" + at + ": " + describe(e), e);
            failSafe(failure.getMessage());
            throw failure;
        } finally {
            running = false;
            acquisition.interrupt();
            if (watchdog != null) {
                watchdog.close();
            }
            acquisition.join(settings.pollTimeout().toMillis() * 2 + 200);
            if (acquisition.isAlive()) {
                LOG.warn("{}: the source's read did not return within {} ms of the end", info.name(),
                        settings.pollTimeout().toMillis() * 2 + 200);
            }
        }
        return new EngineStats(samples, dropped.get(), late, staleCount);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Stop to every output first, then tell the listeners; never throws. */
    private void failSafe(String reason) {
        Command stop = outputs.failSafe(lastSampleTime, reason);
        if (stop != null) {
            unreportedStops.add(stop);
        }
        try {
            tellListenersOfStops();
        } catch (Exception e) {
            LOG.debug("a listener failed on the fail-safe stop", e);
        }
    }

    private void tellListenersOfStops() throws Exception {
        Command stop;
        while ((stop = unreportedStops.poll()) != null) {
            for (SessionListener listener : listeners) {
                listener.onCommand(stop);
            }
        }
    }

    /** On the watchdog's thread: stop every output now. */
    private void onStale(double lastSourceTime) {
        Command stop = outputs.failSafe(lastSourceTime, staleReason); // nothing slow before the stop
        LOG.info("{}: no sample for {} ms", info.name(), Math.round(watchdog.staleMillis()));
        if (stop != null) {
            unreportedStops.add(stop);
        }
    }

    private void handleStaleEvents() throws Exception {
        Double lastSourceTime;
        while ((lastSourceTime = staleEvents.poll()) != null) {
            staleCount++;
            stage.streamStale(lastSourceTime);
            health.stale();
        }
        tellListenersOfStops();
    }

    /**
     * Before the first chunk after a stale period or a gap: filters and windows restart when samples are missing
     * (a stall that delivered every sample late keeps them), and a stale stream is recovered.
     */
    private void resume(AcquiredChunk first) throws Exception {
        handleStaleEvents(); // a stale event is always posted before the chunk that ends it
        if (first.afterGap()) {
            preprocessor.reset();
            stage.restartAfterGap();
        }
        if (first.afterStale() && health.recovered()) {
            LOG.info("{}: samples again after {}", info.name(), first.afterGap()
                    ? "a gap; filters and windows restarted" : "a stall, none missing");
        }
    }

    private void requireFinite(Chunk chunk) throws SessionFailedException {
        float[][] data = chunk.data();
        for (int c = 0; c < data.length; c++) {
            for (int i = 0; i < data[c].length; i++) {
                if (!Float.isFinite(data[c][i])) {
                    throw new SessionFailedException(String.format(Locale.ROOT,
                            "stream '%s': non-finite sample (%s) in channel %s at %.3f s", info.name(), data[c][i],
                            info.channels().label(c), chunk.timestamps()[i]));
                }
            }
        }
    }

    private static Chunk copy(Chunk chunk) {
        float[][] data = chunk.data();
        float[][] raw = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            raw[c] = data[c].clone();
        }
        return new Chunk(raw, chunk.timestamps());
    }

    private void acquire(BlockingQueue<Object> queue) {
        boolean live = source.isLive();
        boolean pendingGap = false;
        boolean pendingStale = false;
        double previousLast = Double.NaN;
        List<Marker> pendingMarkers = new ArrayList<>();
        try {
            while (running) {
                SourceRead read = source.read(settings.pollTimeout());
                long now = ticker.nanos();
                pendingMarkers.addAll(read.markers());
                if (read.ended()) {
                    if (!pendingMarkers.isEmpty()) {
                        // markers of chunks dropped at the very end still reach the stage, in an empty chunk
                        queue.put(new AcquiredChunk(new Chunk(new float[info.channelCount()][0], new double[0]),
                                List.copyOf(pendingMarkers), now, pendingStale, pendingGap));
                    }
                    queue.put(END);
                    return;
                }
                dropped.addAndGet(read.lostSamples());
                if (read.lostSamples() > 0) {
                    pendingGap = true; // the source skipped samples: no window may join both sides
                }
                Chunk chunk = read.chunk();
                if (chunk == null || chunk.sampleCount() == 0) {
                    continue;
                }
                lastSampleTime = chunk.lastTime();
                if (watchdog != null) {
                    if (watchdog.arrived(now, chunk.lastTime())) {
                        pendingStale = true;
                    }
                    // samples that were late but are all here continue the stream; a jump in time is a gap, even
                    // one the watchdog did not see as stale (its timer starved on a loaded machine). Source times
                    // jitter far less than arrivals burst, so the slack is half the timeout of a fast outlet at most
                    // (a timeout still learning, or of a slow outlet, would let real gaps through)
                    double allowed = 1 / info.sampleRateHz()
                            + Math.min(watchdog.staleMillis(), StaleTimeout.FAST_BOUND_MILLIS) / 2000;
                    if (!Double.isNaN(previousLast) && !(chunk.firstTime() - previousLast <= allowed)) {
                        pendingGap = true;
                    }
                }
                previousLast = chunk.lastTime();
                // markers, the stale period and the gap wait until a chunk carrying them is handed over
                AcquiredChunk acquired = new AcquiredChunk(chunk, List.copyOf(pendingMarkers), now, pendingStale,
                        pendingGap);
                if (!live) {
                    queue.put(acquired);
                } else if (!queue.offer(acquired)) {
                    // never block a live source: lose the samples, count them, keep the markers and the gap
                    dropped.addAndGet(chunk.sampleCount());
                    pendingGap = true;
                    continue;
                }
                pendingMarkers.clear();
                pendingStale = false;
                pendingGap = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            acquisitionFailure.set(e); // the processing thread sends stop on END, within one poll
            queue.clear();
            queue.offer(END);
        }
    }
}
