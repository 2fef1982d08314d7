package org.attend.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attend.stream.StreamHealth;

/** The JSON form of a stream health report (docs/control.md), for outputs that speak JSON. */
public final class HealthJson {

    private HealthJson() {
    }

    /** {@code {"type":"health","stream":…,"state":…,…}}: the type, then {@link #fields}. */
    public static String of(StreamHealth health) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "health");
        m.putAll(fields(health));
        return JsonLine.of(m);
    }

    /** The health's named fields: numbers rounded, unknown ones null. */
    public static Map<String, Object> fields(StreamHealth h) {
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
