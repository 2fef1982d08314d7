package org.attend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attend.control.PolicySettings;
import org.attend.control.UdpJsonSink;
import org.attend.decode.Decoders;
import org.attend.decode.ModelCard;
import org.attend.dsp.Preprocessing;
import org.attend.realtime.PreflightException;
import org.attend.realtime.SessionPlan;

/**
 * The preflight of a session command's arguments ({@code run}, {@code replay}, {@code live}): everything that
 * needs no stream is checked before any stream is resolved, any recording read or any decoder trained, so that a
 * bad argument is one line (exit 2) at once rather than after a resolve timeout or a calibration. The session's
 * plan ({@link SessionPlan.Builder#build()}) checks the rest against the stream once it is there.
 */
final class SessionPreflight {

    private SessionPreflight() {
    }

    /**
     * Checks the options of {@code o}.
     *
     * @param rateHz the stream's sample rate when known before it is opened (the simulator's), else NaN
     * @throws IllegalArgumentException (a {@link PreflightException} or a decoder lookup's) naming the argument
     */
    static void check(SessionOptions o, double rateHz) {
        try {
            new PolicySettings(o.threshold, o.dwell, o.refractorySeconds, o.restClass);
        } catch (IllegalArgumentException e) {
            throw new PreflightException(e.getMessage(), e);
        }
        positive("duration", o.durationSeconds, " s");
        positive("stale timeout", o.staleMillis, " ms");
        positive("trial length", o.trialSeconds, " s");
        positive("window", o.windowSeconds, " s");
        positive("hop", o.hopSeconds, " s");
        PreflightException.require(o.windowSeconds >= o.hopSeconds, "window of " + o.windowSeconds
                + " s is shorter than the hop of " + o.hopSeconds + " s");
        PreflightException.require(o.epochOffsetSeconds >= 0, "--epoch-offset must be >= 0 s, got "
                + o.epochOffsetSeconds);
        PreflightException.require(o.notchHz >= 0, "--notch must be >= 0 Hz (0 for none), got " + o.notchHz);
        ClassLoader loader = o.plugins.loader();
        Optional<Path> tuned = Decoders.fineTuned(o.decoder);
        if (o.model != null) {
            modelFolder("--model " + o.model, o.model);
            contradictions(o, o.model);
        } else if (tuned.isPresent()) {
            modelFolder("--decoder " + o.decoder, tuned.get());
            contradictions(o, tuned.get());
        } else {
            Decoders.factory(o.decoder, loader);
        }
        if (o.selfPaced()) {
            Decoders.factory(o.detector, loader);
            PreflightException.require(o.maxFalsePerMinute >= 0, "--max-false-per-min must be >= 0, got "
                    + o.maxFalsePerMinute);
        }
        if (o.model == null && o.calibrationTrials != null) {
            String tooFew = SessionPlan.calibrationTrialsProblem(o.calibrationTrials, o.selfPaced());
            PreflightException.require(tooFew == null, "--calibration-trials " + o.calibrationTrials + ": " + tooFew);
        }
        if (o.record != null) {
            OutputFile.check("--record", o.record, List.of(".xdf"));
        }
        if (o.saveModel != null) {
            OutputFolder.check("--save-model", o.saveModel);
        }
        if (o.udpTarget != null) {
            UdpJsonSink.parseTarget(o.udpTarget);
        }
        if (!Double.isNaN(rateHz) && o.model == null) {
            try {
                Preprocessing.bandpass(o.band.lowHz(), o.band.highHz()).withNotch(o.notchHz).at(rateHz);
            } catch (IllegalArgumentException e) {
                throw new PreflightException("--band " + o.band.lowHz() + "-" + o.band.highHz() + " with --notch "
                        + o.notchHz + " at " + rateHz + " Hz: " + e.getMessage(), e);
            }
        }
    }

    /** Flags that contradict the model's contract (its band, window, channels, notch), before any stream is sought. */
    private static void contradictions(SessionOptions o, Path model) {
        if (o.mixee == null) {
            return; // not parsed from a command line: no flag was given
        }
        try {
            ModelContradictions.require(model, ModelCard.read(model).contract(),
                    o.mixee.commandLine().getParseResult(), o);
        } catch (IOException e) {
            throw new PreflightException(model + ": " + e.getMessage(), e);
        }
    }

    /** A length of time, when given, is positive and finite (as the plan requires). */
    private static void positive(String what, Double value, String unit) {
        PreflightException.require(value == null || (value > 0 && Double.isFinite(value)), what
                + " must be positive, got " + value + unit);
    }

    /** A trained model's folder, named on the command line by {@code argument}: it exists and holds a model card. */
    private static void modelFolder(String argument, Path dir) {
        PreflightException.require(Files.isDirectory(dir), argument + ": no such folder");
        PreflightException.require(Files.isRegularFile(dir.resolve(ModelCard.FILE_NAME)), argument
                + ": not a model folder (it holds no " + ModelCard.FILE_NAME + ")");
    }
}
