package org.attend.dashboard;

import java.util.List;
import org.attend.control.PolicyState;
import org.attend.stream.StreamHealth;
import org.attend.stream.Command;
import org.attend.stream.Marker;

/**
 * What one frame draws: a copy of the session's latest state, owned by the render thread.
 *
 * @param plan            what the session is (stream, decoder, montage) and how to draw it
 * @param samples         raw samples of the last seconds {@code [channel][sample]}, µV
 * @param sampleTimes     source time of each sample, seconds
 * @param markers         cue markers of the last 30 s
 * @param commands        commands of the last 30 s
 * @param probabilities   class probabilities of the last 30 s, one row per prediction
 * @param attention       the newest prediction's attention {@code [channel][sample]}, or null
 * @param attentionTime   source time of that prediction, seconds (NaN if none)
 * @param policy          the policy's newest state, or null before the first prediction
 * @param health          the engine's newest health report, or null until the engine sends one
 * @param derived         what the dashboard measured itself (arrivals, decoder compute time)
 * @param frames          the render loop's counters
 */
record DashboardSnapshot(DashboardPlan plan, float[][] samples, double[] sampleTimes, List<Marker> markers,
                         List<Command> commands, List<ProbabilityRow> probabilities, float[][] attention,
                         double attentionTime, PolicyState policy, StreamHealth health, DerivedHealth derived,
                         FrameCounts frames) {

    /** Source time of the newest sample, NaN before the first. */
    double now() {
        return sampleTimes.length == 0 ? Double.NaN : sampleTimes[sampleTimes.length - 1];
    }

    /** One prediction's class probabilities at its window's end, source seconds. */
    record ProbabilityRow(double time, float[] probabilities) {
    }

    /**
     * Health as seen from the listener, for when the engine sends none.
     *
     * @param samplesReceived     samples handed to the dashboard
     * @param secondsSinceChunk   wall-clock seconds since the last chunk (NaN before the first)
     * @param computeMsP50        median decoder compute time of recent windows, ms (NaN before the first)
     * @param computeMsP99        99th percentile of the same, ms
     * @param predictions         predictions so far
     * @param listenerErrors      callbacks that failed and were ignored (never thrown at the engine)
     */
    record DerivedHealth(long samplesReceived, double secondsSinceChunk, double computeMsP50, double computeMsP99,
                         long predictions, long listenerErrors) {
    }
}
