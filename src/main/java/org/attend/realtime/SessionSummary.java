package org.attend.realtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.control.SelfPacedScore;

/**
 * How an online session went: its commands scored against the cues ({@link SelfPacedScore}) and the engine's
 * accounting.
 *
 * @param score          the commands against the cued trials and the rest between them
 * @param itrBitsPerMin  Wolpaw information transfer rate of the in-trial commands over the online time
 * @param latencyMsP50   median decision latency: a window's last sample reaching the engine → decision
 * @param latencyMsP99   99th percentile of the same
 * @param warmUpMs       time spent decoding noise windows before the first real one (not in the latencies)
 * @param droppedSamples samples lost (queue overflow of a live source, gaps reported by the source)
 * @param lateSamples    samples processed later than the late threshold after arrival
 * @param commands       commands sent (fail-safe stops not included: see {@code staleEvents})
 * @param windows        windows decoded
 * @param heldWindows    windows whose command was held back because a decoder channel was flat or railed
 * @param staleEvents    times the stream went stale (every output got {@code stop})
 * @param endTime        source time of the last sample processed (calibration included)
 */
public record SessionSummary(SelfPacedScore.Result score, double itrBitsPerMin, double latencyMsP50,
                             double latencyMsP99, double warmUpMs, long droppedSamples, long lateSamples,
                             int commands, int windows, int heldWindows, long staleEvents, double endTime) {

    /** Correct share of the commands within cued trials (NaN without any). */
    public double accuracy() {
        return score.correctShare();
    }

    /** Source time spanned by the online block. */
    public double onlineSeconds() {
        return score.onlineSeconds();
    }

    /** The summary as an ordered map with snake_case keys, for JSON output; {@code null} stands for "n/a". */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "summary");
        m.put("accuracy", round(accuracy(), 4));
        m.put("itr_bits_per_min", round(itrBitsPerMin, 3));
        m.put("latency_ms_p50", round(latencyMsP50, 3));
        m.put("latency_ms_p99", round(latencyMsP99, 3));
        m.put("warm_up_ms", round(warmUpMs, 1));
        m.put("dropped_samples", droppedSamples);
        m.put("late_samples", lateSamples);
        m.put("commands", commands);
        m.put("trials", score.trials());
        m.put("trials_answered", score.trialsAnswered());
        m.put("answered_share", round(score.answeredShare(), 4));
        m.put("correct", score.correct());
        m.put("false_activations", score.falseActivations());
        m.put("false_per_min", round(score.falsePerMinute(), 3));
        m.put("false_per_rest_min", round(score.falsePerRestMinute(), 3));
        m.put("median_s_to_command", round(score.medianSecondsToCommand(), 3));
        m.put("nmcc", round(score.normalisedMcc(), 4));
        m.put("windows", windows);
        m.put("held_windows", heldWindows);
        m.put("stale_events", staleEvents);
        m.put("online_seconds", round(onlineSeconds(), 3));
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
