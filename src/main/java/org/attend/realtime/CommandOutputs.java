package org.attend.realtime;

import java.util.List;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.stream.Command;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's command sinks behind one lock, so that the decoding thread's commands and the fail-safe's
 * {@code stop} (sent from the watchdog, a failure or a shutdown signal, on whichever thread notices first) never
 * interleave. A command decided from a chunk that arrived before the latest fail-safe {@code stop} is not sent:
 * it would undo the {@code stop} with samples from before the gap.
 */
final class CommandOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(CommandOutputs.class);

    private final List<CommandSink> sinks;
    private final Ticker ticker;
    private boolean stopped;
    private long lastStopNanos;
    private int stops;

    /** @param ticker the clock of the chunks' arrivals (the engine's) */
    CommandOutputs(List<CommandSink> sinks, Ticker ticker) {
        this.sinks = List.copyOf(sinks);
        this.ticker = ticker;
    }

    /**
     * Sends a decided command to every sink, unless a fail-safe {@code stop} came after its chunk arrived.
     *
     * @param arrivalNanos when the chunk the command was decided on arrived, on this ticker
     * @return whether it was sent
     * @throws Exception the first sink's failure (the other sinks still got the command)
     */
    synchronized boolean send(Command command, long arrivalNanos) throws Exception {
        if (stopped && arrivalNanos - lastStopNanos <= 0) {
            return false;
        }
        Exception failure = null;
        for (CommandSink sink : sinks) {
            try {
                sink.accept(command);
            } catch (Exception e) {
                if (failure == null) {
                    failure = new SessionFailedException("output " + sink.getClass().getSimpleName() + " failed: "
                            + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return true;
    }

    /**
     * Sends {@code stop} to every sink; never throws (a sink that fails is logged, the others still get it).
     *
     * @param sourceTime source time of the last sample
     * @param reason     why, for the log
     * @return the {@code stop} sent, null when there are no sinks
     */
    synchronized Command failSafe(double sourceTime, String reason) {
        lastStopNanos = ticker.nanos();
        stopped = true;
        if (sinks.isEmpty()) {
            return null;
        }
        stops++;
        Command stop = new Command(ControlPolicy.STOP, 1f, sourceTime, lastStopNanos);
        for (CommandSink sink : sinks) {
            try {
                sink.accept(stop);
            } catch (Exception | LinkageError e) {
                LOG.error("output {} failed to take 'stop': {}", sink.getClass().getSimpleName(), e.toString());
            }
        }
        // the stop line on stdout is the event's one line; the reason is for the log (after the stop: logging may be slow)
        LOG.info("stop sent to every output: {}", reason);
        return stop;
    }

    /** Fail-safe {@code stop}s sent so far. */
    synchronized int stops() {
        return stops;
    }
}
