package org.attend.realtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an online session went.
 *
 * @param accuracy         correct commands over commands within cued trials (NaN without ground truth)
 * @param itrBitsPerMin    Wolpaw information transfer rate
 * @param latencyMsP50     median decision latency: a window's last sample reaching the engine → decision
 * @param latencyMsP99     99th percentile of the same
 * @param droppedSamples   samples lost (queue overflow of a live source, gaps reported by the source)
 * @param lateSamples      samples processed later than the late threshold after arrival
 * @param commands         commands sent (fail-safe stops not included: see {@code staleEvents})
 * @param trials           cued trials seen online
 * @param trialsWithCommand trials in which at least one command was emitted
 * @param correct          commands that matched their trial's cue
 * @param falseActivations commands outside any trial
 * @param windows          windows decoded
 * @param heldWindows      windows whose command was held back because a decoder channel was flat or railed
 * @param staleEvents      times the stream went stale (every output got {@code stop})
 * @param onlineSeconds    source time spanned by the online block
 * @param endTime          source time of the last sample processed (calibration included)
 */
public record SessionSummary(double accuracy, double itrBitsPerMin, double latencyMsP50, double latencyMsP99,
                             long droppedSamples, long lateSamples, int commands, int trials,
                             int trialsWithCommand, int correct, int falseActivations, int windows,
                             int heldWindows, long staleEvents, double onlineSeconds, double endTime) {

    /** The summary as an ordered map with snake_case keys, for JSON output. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "summary");
        m.put("accuracy", round(accuracy, 4));
        m.put("itr_bits_per_min", round(itrBitsPerMin, 3));
        m.put("latency_ms_p50", round(latencyMsP50, 3));
        m.put("latency_ms_p99", round(latencyMsP99, 3));
        m.put("dropped_samples", droppedSamples);
        m.put("late_samples", lateSamples);
        m.put("commands", commands);
        m.put("trials", trials);
        m.put("trials_with_command", trialsWithCommand);
        m.put("correct", correct);
        m.put("false_activations", falseActivations);
        m.put("windows", windows);
        m.put("held_windows", heldWindows);
        m.put("stale_events", staleEvents);
        m.put("online_seconds", round(onlineSeconds, 3));
        m.put("source_end_time", round(endTime, 3));
        return m;
    }

    private static Object round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
