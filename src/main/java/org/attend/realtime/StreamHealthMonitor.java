package org.attend.realtime;

import java.util.List;
import java.util.function.Function;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health state machine of a session's stream, on the processing thread: {@link StreamState#CONNECTED} with
 * the first samples, {@link StreamState#STALE} when the watchdog finds the stream silent, {@link StreamState#LOST}
 * when it stays silent beyond the signal timeout, {@link StreamState#RECOVERED} with the next samples, and
 * {@link StreamState#CONNECTED} again once it has been recovered for {@value #REPORT_PERIOD_NANOS} ns. Listeners
 * hear a {@link StreamHealth} on every change and every {@value #REPORT_PERIOD_NANOS} ns otherwise.
 */
final class StreamHealthMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHealthMonitor.class);
    /** Between two reports of an unchanged state, and how long a recovery lasts, ns. */
    static final long REPORT_PERIOD_NANOS = 1_000_000_000L;

    private final String streamName;
    private final long signalTimeoutNanos;
    private final Ticker ticker;
    private final Function<StreamState, StreamHealth> snapshot;
    private final List<SessionListener> listeners;
    private StreamState state;
    private long stateSinceNanos;
    private long lastReportNanos;

    /**
     * @param signalTimeoutNanos silence after which a stale stream is lost
     * @param snapshot           the stream's health in a given state (its figures as they are now)
     * @param listeners          told every report, in order
     */
    StreamHealthMonitor(String streamName, long signalTimeoutNanos, Ticker ticker,
                        Function<StreamState, StreamHealth> snapshot, List<SessionListener> listeners) {
        this.streamName = streamName;
        this.signalTimeoutNanos = signalTimeoutNanos;
        this.ticker = ticker;
        this.snapshot = snapshot;
        this.listeners = List.copyOf(listeners);
        this.lastReportNanos = ticker.nanos();
    }

    /** Where the stream stands; null before its first samples. */
    StreamState state() {
        return state;
    }

    /** Samples arrived: the first ones connect the stream. */
    void samples() throws Exception {
        if (state == null) {
            change(StreamState.CONNECTED);
        }
    }

    /** The watchdog found the stream silent for the stale timeout. */
    void stale() throws Exception {
        change(StreamState.STALE);
    }

    /**
     * Samples arrived after a stale period.
     *
     * @return whether the stream was stale or lost, and is now recovered
     */
    boolean recovered() throws Exception {
        if (state == StreamState.STALE || state == StreamState.LOST) {
            change(StreamState.RECOVERED);
            return true;
        }
        return false;
    }

    /**
     * Looks at the clock: a stale stream silent since {@code lastArrivalNanos} beyond the signal timeout is lost, a
     * recovery that lasted a period is a connection again, and an unchanged state is reported once a period.
     *
     * @param lastArrivalNanos when the latest chunk arrived, on the same ticker
     */
    void tick(long lastArrivalNanos) throws Exception {
        long now = ticker.nanos();
        if (state == StreamState.STALE && now - lastArrivalNanos > signalTimeoutNanos) {
            LOG.warn("{}: no samples for {} ms, signal lost", streamName, (now - lastArrivalNanos) / 1_000_000);
            change(StreamState.LOST);
        } else if (state == StreamState.RECOVERED && now - stateSinceNanos >= REPORT_PERIOD_NANOS) {
            change(StreamState.CONNECTED);
        } else if (state != null && now - lastReportNanos >= REPORT_PERIOD_NANOS) {
            report();
        }
    }

    private void change(StreamState next) throws Exception {
        state = next;
        stateSinceNanos = ticker.nanos();
        report();
    }

    private void report() throws Exception {
        lastReportNanos = ticker.nanos();
        StreamHealth health = snapshot.apply(state);
        for (SessionListener listener : listeners) {
            listener.onHealth(health);
        }
    }
}
