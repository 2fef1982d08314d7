package org.attend.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.control.PolicyFit;
import org.attend.control.PolicySettings;
import org.attend.control.SelfPacedScore;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attend.realtime.CalibrateThenDecode;
import org.attend.realtime.SessionDefaults;
import org.attend.realtime.SessionReporter;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionSummary;

/**
 * Prints how a session went: the calibration and the summary, as readable lines or JSON lines, with a warning
 * (a {@code warning:} line, or a {@code warnings} list in JSON) wherever a result cannot be trusted: a decoder
 * calibrated on fewer than {@link SessionDefaults#TRUSTED_TRIALS_PER_CLASS} trials of a class, an online accuracy
 * at or below chance, or more false activations than correct commands.
 */
final class SessionPrinter implements SessionReporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;
    private final int commandClasses;

    /** @param commandClasses how many classes become commands (rest excluded): chance is one in that many */
    SessionPrinter(PrintWriter out, boolean json, int commandClasses) {
        this.out = out;
        this.json = json;
        this.commandClasses = commandClasses;
    }

    /** Why the calibration's decoder cannot be trusted; empty when it can. */
    static List<String> calibrationWarnings(int[] trialsPerClass) {
        int fewest = Arrays.stream(trialsPerClass).min().orElse(0);
        if (fewest >= SessionDefaults.TRUSTED_TRIALS_PER_CLASS) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "the decoder was fitted on %s trials per class, fewer than the %d "
                        + "a decoder needs to be trusted: expect many false commands (calibrate on more trials, or "
                        + "give --model)", Arrays.toString(trialsPerClass), SessionDefaults.TRUSTED_TRIALS_PER_CLASS));
    }

    /** Why the online figures cannot be trusted; empty when they can. */
    static List<String> summaryWarnings(SessionSummary s, int commandClasses) {
        List<String> warnings = new ArrayList<>();
        double chance = commandClasses > 0 ? 1.0 / commandClasses : Double.NaN;
        if (Double.isFinite(s.accuracy()) && s.accuracy() <= chance) {
            warnings.add(String.format(Locale.ROOT, "accuracy %.3f is at or below chance (%.3f for %d command "
                    + "classes): these commands are not to be trusted", s.accuracy(), chance, commandClasses));
        }
        SelfPacedScore.Result r = s.score();
        if (r.falseActivations() > 0 && r.falseActivations() > r.correct()) {
            warnings.add(String.format(Locale.ROOT, "%d of the %d commands were false activations (outside every "
                    + "trial), more than the %d correct ones", r.falseActivations(), s.commands(),
                    r.correct()));
        }
        return warnings;
    }

    private void printWarnings(List<String> warnings) {
        warnings.forEach(w -> out.println("warning: " + w));
    }

    @Override
    public void calibrated(String decoderName, CalibrateThenDecode.Calibration calibration) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "calibration");
            m.put("decoder", decoderName);
            if (calibration.detector() != null) {
                m.put("detector", calibration.detector());
            }
            m.put("trials_per_class", calibration.trialsPerClass());
            m.put("signal_seconds", Math.round(calibration.signalSeconds() * 1000) / 1000.0);
            m.put("fit_ms", Math.round(calibration.fitNanos() / 1e4) / 100.0);
            PolicySettings p = calibration.policy();
            m.put("threshold", p.threshold());
            m.put("dwell", p.dwell());
            m.put("refractory_s", p.refractorySeconds());
            PolicyFit.Fit fit = calibration.fit();
            if (fit != null) {
                m.put("budget_met", fit.budgetMet());
                m.put("expected_false_per_min", round(fit.expected().falsePerMinute()));
                m.put("expected_answered_share", round(fit.expected().answeredShare()));
                m.put("expected_correct_share", round(fit.expected().correctShare()));
            }
            List<String> warnings = calibrationWarnings(calibration.trialsPerClass());
            if (!warnings.isEmpty()) {
                m.put("warnings", warnings);
            }
            println(m);
        } else {
            out.printf(Locale.ROOT, "calibration: %s%s fitted on %s trials per class (%.1f s of signal) in %.1f ms%n",
                    decoderName, calibration.detector() == null ? "" : " with a " + calibration.detector()
                            + " intent detector", Arrays.toString(calibration.trialsPerClass()),
                    calibration.signalSeconds(), calibration.fitNanos() / 1e6);
            PolicySettings p = calibration.policy();
            PolicyFit.Fit fit = calibration.fit();
            if (fit != null) {
                SelfPacedScore.Result e = fit.expected();
                out.printf(Locale.ROOT, "policy fitted to the budget%s: threshold %.3f, dwell %d, refractory %.1f s; "
                                + "expected %s false/min, %s of trials answered, %s of commands correct%n",
                        fit.budgetMet() ? "" : " (NOT met: the most cautious setting)", p.threshold(), p.dwell(),
                        p.refractorySeconds(), Figures.of(e.falsePerMinute(), 2), Figures.of(e.answeredShare(), 2),
                        Figures.of(e.correctShare(), 2));
            }
            printWarnings(calibrationWarnings(calibration.trialsPerClass()));
            out.flush();
        }
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
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
            List<String> warnings = summaryWarnings(s, commandClasses);
            if (!warnings.isEmpty()) {
                m.put("warnings", warnings);
            }
            println(m);
            return;
        }
        if (result.interrupted()) {
            out.printf(Locale.ROOT, "interrupted (%s): stop sent to every output%n", result.interruption());
        }
        SelfPacedScore.Result r = s.score();
        out.printf(Locale.ROOT, "online: %.1f s, %d trials (%d answered), %d commands (%d correct in trials, "
                + "%d false activations: %s/min), %d windows%n", s.onlineSeconds(), r.trials(), r.trialsAnswered(),
                s.commands(), r.correct(), r.falseActivations(), Figures.of(r.falsePerMinute(), 2), s.windows());
        out.printf(Locale.ROOT, "accuracy %s  answered %s  first command after %s s  nMCC %s  ITR %s bits/min%n",
                Figures.of(s.accuracy(), 3), Figures.of(r.answeredShare(), 3), Figures.of(r.medianSecondsToCommand(), 2),
                Figures.of(r.normalisedMcc(), 3), Figures.of(s.itrBitsPerMin(), 2));
        out.printf(Locale.ROOT, "latency p50 %s ms  p99 %s ms (after %.0f ms of warm-up)  dropped %d  late %d%n",
                Figures.of(s.latencyMsP50(), 2), Figures.of(s.latencyMsP99(), 2), s.warmUpMs(), s.droppedSamples(),
                s.lateSamples());
        if (s.heldWindows() > 0 || s.staleEvents() > 0 || result.recordingDrops() > 0) {
            out.printf(Locale.ROOT, "held for signal quality %d windows  stale %d times  recording dropped %d "
                    + "events%n", s.heldWindows(), s.staleEvents(), result.recordingDrops());
        }
        printWarnings(summaryWarnings(s, commandClasses));
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
