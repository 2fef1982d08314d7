package org.attend.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attend.realtime.CalibrateThenDecode;
import org.attend.realtime.SessionReporter;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionSummary;

/** Prints how a session went: the calibration and the summary, as readable lines or JSON lines. */
final class SessionPrinter implements SessionReporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;

    SessionPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void calibrated(String decoderName, CalibrateThenDecode.Calibration calibration) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "calibration");
            m.put("decoder", decoderName);
            m.put("trials_per_class", calibration.trialsPerClass());
            m.put("signal_seconds", Math.round(calibration.signalSeconds() * 1000) / 1000.0);
            m.put("fit_ms", Math.round(calibration.fitNanos() / 1e4) / 100.0);
            println(m);
        } else {
            out.printf(Locale.ROOT, "calibration: %s fitted on %s trials per class (%.1f s of signal) in %.1f ms%n",
                    decoderName, Arrays.toString(calibration.trialsPerClass()), calibration.signalSeconds(),
                    calibration.fitNanos() / 1e6);
            out.flush();
        }
    }

    @Override
    public void finished(SessionResult result) {
        SessionSummary s = result.online();
        if (s == null) {
            if (result.interrupted()) {
                interruptedWhileCalibrating(result);
            }
            return;
        }
        if (json) {
            Map<String, Object> m = s.toMap();
            m.put("decoder", result.decoderName());
            if (result.interrupted()) {
                m.put("interrupted", result.interruption());
            }
            m.put("recording_dropped_events", result.recordingDrops());
            println(m);
            return;
        }
        if (result.interrupted()) {
            out.printf(Locale.ROOT, "interrupted (%s): stop sent to every output%n", result.interruption());
        }
        out.printf(Locale.ROOT, "online: %.1f s, %d trials (%d with a command), %d commands (%d correct, "
                + "%d false activations), %d windows%n", s.onlineSeconds(), s.trials(), s.trialsWithCommand(),
                s.commands(), s.correct(), s.falseActivations(), s.windows());
        out.printf(Locale.ROOT, "accuracy %.3f  ITR %.2f bits/min  latency p50 %.2f ms  p99 %.2f ms  "
                + "dropped %d  late %d%n", s.accuracy(), s.itrBitsPerMin(), s.latencyMsP50(), s.latencyMsP99(),
                s.droppedSamples(), s.lateSamples());
        if (s.heldWindows() > 0 || s.staleEvents() > 0 || result.recordingDrops() > 0) {
            out.printf(Locale.ROOT, "held for signal quality %d windows  stale %d times  recording dropped %d "
                    + "events%n", s.heldWindows(), s.staleEvents(), result.recordingDrops());
        }
        out.flush();
    }

    private void interruptedWhileCalibrating(SessionResult result) {
        double seconds = result.engine().samples() / result.sampleRateHz();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "summary");
            m.put("interrupted", result.interruption());
            m.put("calibrated", false);
            m.put("signal_seconds", Math.round(seconds * 1000) / 1000.0);
            m.put("dropped_samples", result.engine().droppedSamples());
            println(m);
        } else {
            out.printf(Locale.ROOT, "interrupted (%s) while calibrating, after %.1f s of signal; dropped %d%n",
                    result.interruption(), seconds, result.engine().droppedSamples());
            out.flush();
        }
    }

    private void println(Map<String, Object> m) {
        try {
            out.println(JSON.writeValueAsString(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
