package org.attend.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attend.control.ControlOutput;
import org.attend.realtime.SessionListener;
import org.attend.realtime.StreamHealth;
import org.attend.stream.Prediction;

/**
 * Hands a control output the predictions and stream health a session reports; the output receives commands
 * as a sink, and the sink list closes it, so closing this listener does nothing.
 */
final class ControlOutputListener implements SessionListener {

    private final ControlOutput output;

    ControlOutputListener(ControlOutput output) {
        this.output = output;
    }

    @Override
    public void onPrediction(Prediction prediction) throws Exception {
        output.onPrediction(prediction);
    }

    @Override
    public void onHealth(StreamHealth health) throws Exception {
        output.onHealth(fields(health));
    }

    /** The health's JSON fields (docs/control.md): numbers rounded, unknown ones null. */
    static Map<String, Object> fields(StreamHealth h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stream", h.streamName());
        m.put("state", h.state().name().toLowerCase(Locale.ROOT));
        m.put("last_sample_time", rounded(h.lastSampleTime(), 1000));
        m.put("dropped_samples", h.droppedSamples());
        m.put("late_samples", h.lateSamples());
        m.put("latency_ms_p50", rounded(h.latencyMsP50(), 100));
        m.put("latency_ms_p99", rounded(h.latencyMsP99(), 100));
        m.put("clock_offset_s", rounded(h.clockOffsetSeconds(), 1e6));
        return m;
    }

    private static Double rounded(double value, double scale) {
        return Double.isFinite(value) ? Math.round(value * scale) / scale : null;
    }
}
