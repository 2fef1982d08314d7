package org.attend.dashboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.attend.control.PolicyState;
import org.attend.realtime.SessionListener;
import org.attend.stream.StreamHealth;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.Summary;
import org.attend.stream.Ticker;

/**
 * The session's latest state, fed from the processing thread. Callbacks only copy into fixed ring buffers
 * and small queues under a short lock; they do no I/O and never throw (a failure is counted instead). The
 * render thread takes {@link #snapshot} copies.
 */
final class DashboardModel implements SessionListener {

    private static final int COMPUTE_TIMES = 256;

    private final DashboardPlan plan;
    private final SampleRing ring;
    private final Deque<Marker> markers = new ArrayDeque<>();
    private final Deque<Command> commands = new ArrayDeque<>();
    private final Deque<DashboardSnapshot.ProbabilityRow> probabilities = new ArrayDeque<>();
    private final long[] computeNanos = new long[COMPUTE_TIMES];
    private long predictions;
    private long samples;
    private final Ticker ticker;
    private boolean chunkSeen;
    private long lastChunkNanos;
    private long errors;
    private float[][] attention;
    private double attentionTime = Double.NaN;
    private PolicyState policy;
    private StreamHealth health;

    DashboardModel(DashboardPlan plan, Ticker ticker) {
        this.ticker = ticker;
        this.plan = plan;
        int capacity = (int) Math.ceil(DashboardPlan.TRACE_SECONDS * plan.stream().sampleRateHz()) + 1;
        this.ring = new SampleRing(plan.stream().channelCount(), capacity);
    }

    @Override
    public void onChunk(Chunk raw, List<Marker> newMarkers) {
        try {
            synchronized (this) {
                if (raw.channelCount() == ring.channels()) {
                    ring.append(raw.data(), raw.timestamps());
                }
                samples += raw.sampleCount();
                chunkSeen = true;
                lastChunkNanos = ticker.nanos();
                markers.addAll(newMarkers);
                if (raw.sampleCount() > 0) {
                    prune(raw.lastTime());
                }
            }
        } catch (RuntimeException e) {
            failed();
        }
    }

    @Override
    public void onPrediction(Prediction prediction) {
        try {
            synchronized (this) {
                probabilities.addLast(new DashboardSnapshot.ProbabilityRow(prediction.sourceTime(),
                        prediction.probabilities().clone()));
                computeNanos[(int) (predictions % COMPUTE_TIMES)] = prediction.computeNanos();
                predictions++;
                // Predictions are immutable values: the reference is kept, the render thread only reads it.
                attention = prediction.attention();
                attentionTime = prediction.sourceTime();
            }
        } catch (RuntimeException e) {
            failed();
        }
    }

    @Override
    public void onCommand(Command command) {
        try {
            synchronized (this) {
                commands.addLast(command);
            }
        } catch (RuntimeException e) {
            failed();
        }
    }

    @Override
    public synchronized void onPolicyState(PolicyState state) {
        policy = state;
    }

    @Override
    public synchronized void onHealth(StreamHealth streamHealth) {
        health = streamHealth;
    }

    private synchronized void failed() {
        errors++;
    }

    /** Forgets what scrolled out of the 30 s history. */
    private void prune(double now) {
        double oldest = now - DashboardPlan.HISTORY_SECONDS;
        while (!markers.isEmpty() && markers.peekFirst().time() < oldest) {
            markers.pollFirst();
        }
        while (!commands.isEmpty() && commands.peekFirst().sourceTime() < oldest) {
            commands.pollFirst();
        }
        while (!probabilities.isEmpty() && probabilities.peekFirst().time() < oldest) {
            probabilities.pollFirst();
        }
    }

    /** A copy of the latest state, with the render loop's counters. */
    DashboardSnapshot snapshot(FrameCounts frames) {
        synchronized (this) {
            SampleRing.Copy copy = ring.newest(ring.size());
            int n = (int) Math.min(predictions, COMPUTE_TIMES);
            Summary computeMillis = Summary.millisOfNanos(computeNanos, n);
            double sinceChunk = chunkSeen ? (ticker.nanos() - lastChunkNanos) / 1e9 : Double.NaN;
            DashboardSnapshot.DerivedHealth derived = new DashboardSnapshot.DerivedHealth(samples, sinceChunk,
                    computeMillis.percentile(50), computeMillis.percentile(99), predictions, errors);
            return new DashboardSnapshot(plan, copy.data(), copy.times(), new ArrayList<>(markers),
                    new ArrayList<>(commands), new ArrayList<>(probabilities), attention, attentionTime, policy,
                    health, derived, frames);
        }
    }
}
