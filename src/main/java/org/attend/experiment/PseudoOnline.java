package org.attend.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attend.control.PolicySettings;
import org.attend.decode.Decoder;
import org.attend.decode.InputContract;
import org.attend.decode.SelfPacedDecoder;
import org.attend.dsp.Preprocessing;
import org.attend.format.Recordings;
import org.attend.realtime.CalibrateThenDecode;
import org.attend.realtime.SelfPacing;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionReporter;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.realtime.SessionSummary;
import org.attend.source.FileSequenceSource;
import org.attend.source.FileSource;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;

/**
 * The pseudo-online scheme: a subject's runs replayed back to back through the real-time path (the very
 * {@link SessionRunner} of {@code attend replay}, as fast as they decode), the first cued trials calibrating the
 * decoder and, for a self-paced session, its intent detector and control policy; every later window decoded at the
 * session's hop and scored against the cue timeline ({@link org.attend.control.SelfPacedScore}). This is how the
 * field measures asynchronous BCIs (MOABB's pseudo-online evaluation): false activations per minute during rest,
 * trials answered, correct commands, time to command, nMCC, ITR.
 */
public final class PseudoOnline {

    /** The scheme's name on the command line. */
    public static final String NAME = "pseudo-online";

    /**
     * How each subject's session runs.
     *
     * @param calibrationTrials cued trials per class that calibrate
     * @param hopSeconds        time between decisions
     * @param trialSeconds      how long after its cue a trial lasts
     * @param detector          intent detector kind, or null for a decoder alone (fixed policy)
     * @param maxFalsePerMinute false-activation budget the policy is fitted to
     * @param policy            the policy used when none is fitted
     */
    public record Settings(int calibrationTrials, double hopSeconds, double trialSeconds, String detector,
                           double maxFalsePerMinute, PolicySettings policy) {

        /** As {@code attend replay} runs by default: 10 trials per class, 0.125 s hop, 4 s trials, ts-lr, 1/min. */
        public static Settings defaults() {
            return new Settings(10, 0.125, 4.0, SelfPacedDecoder.DEFAULT_DETECTOR,
                    SelfPacing.DEFAULT_MAX_FALSE_PER_MINUTE, PolicySettings.defaults());
        }
    }

    /**
     * One subject's session.
     *
     * @param summary     the online block's figures
     * @param policy      the policy it decoded with (fitted or given)
     * @param calibration the calibration's report (expected rates), null without calibration
     * @param predictions every online window's prediction, for the timeline plot
     * @param commands    every command sent
     * @param cues        every cue of the session
     */
    public record Session(SessionSummary summary, PolicySettings policy, Map<String, Object> calibration,
                          List<Prediction> predictions, List<Command> commands, List<Marker> cues) {
    }

    private PseudoOnline() {
    }

    /**
     * Runs {@code subject}'s session with decoder {@code spec}.
     *
     * @throws IOException when a run cannot be read
     */
    public static Session run(Dataset dataset, Paradigm paradigm, String subject, DecoderSpec spec,
                              Settings settings, ClassLoader loader) throws IOException {
        List<FileSource> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (RunRef run : dataset.runs(subject, paradigm)) {
                parts.add(new FileSource(Recordings.read(run.file()), FileSource.DEFAULT_CHUNK_SECONDS,
                        paradigm.events()));
                names.add(run.file().toString());
            }
        } catch (IOException | RuntimeException e) {
            for (FileSource part : parts) {
                part.close();
            }
            throw e;
        }
        Collector collector = new Collector();
        try (FileSequenceSource source = new FileSequenceSource(parts, names)) {
            List<String> classes = paradigm.classes();
            boolean selfPaced = settings.detector() != null && !spec.isFixed();
            List<String> commands = selfPaced ? classes.stream().filter(c -> !c.equals(SelfPacedDecoder.REST)).toList()
                    : classes;
            InputContract contract = new InputContract(paradigm.channels().isEmpty()
                    ? source.info().channels().labels() : paradigm.channels(), source.info().sampleRateHz(),
                    paradigm.windowSeconds(), commands, Preprocessing.bandpass(paradigm.bandLowHz(),
                    paradigm.bandHighHz()));
            Decoder decoder = spec.isTrained() ? spec.loadTrained(loader) : spec.create(contract, loader);
            SessionPlan built;
            try {
                SessionPlan.Builder plan = SessionPlan.builder().setSource(source)
                        .optSpeed(Double.POSITIVE_INFINITY)
                        .optHopSeconds(settings.hopSeconds())
                        .optTrialSeconds(settings.trialSeconds())
                        .optEpochOffsetSeconds(paradigm.tminSeconds())
                        .optChunkSeconds(FileSource.DEFAULT_CHUNK_SECONDS)
                        .optPolicy(settings.policy())
                        .optReporter(collector)
                        .optOutput(SessionOutput.listener(context -> collector));
                if (spec.isFixed()) {
                    plan.setDecoder(decoder);
                } else {
                    plan.setCalibration(decoder, settings.calibrationTrials());
                    if (selfPaced) {
                        plan.optSelfPacing(new SelfPacing(() -> fresh(spec, contract, loader), settings.detector(),
                                settings.maxFalsePerMinute(), true));
                    }
                }
                built = plan.build();
            } catch (RuntimeException e) {
                decoder.close();
                throw e;
            }
            try (Decoder used = built.decoder()) {
                SessionResult result = SessionRunner.run(built);
                if (result.online() == null) {
                    throw new IllegalStateException("subject " + subject + ": the runs ended before "
                            + settings.calibrationTrials() + " cued trials per class " + commands
                            + " had calibrated the decoder");
                }
                // a replay that lost signal or decoded nothing online would score as a silent, empty session
                if (result.interrupted() || result.engine().droppedSamples() > 0 || result.online().windows() == 0) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "subject %s: the replay of %s "
                            + "decoded %d online windows (%d samples read, %d dropped%s); its scores would be "
                            + "meaningless", subject, names, result.online().windows(), result.engine().samples(),
                            result.engine().droppedSamples(), result.interrupted() ? ", interrupted: "
                            + result.interruption() : ""));
                }
                return new Session(result.online(), collector.policy == null ? settings.policy() : collector.policy,
                        collector.calibration, collector.predictions, collector.commands, source.markers());
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("subject " + subject + ": " + e.getMessage(), e);
            }
        }
    }

    /** Keeps what the session reports: the calibration's policy, every prediction and command. */
    private static final class Collector implements SessionListener, SessionReporter {
        private final List<Prediction> predictions = new ArrayList<>();
        private final List<Command> commands = new ArrayList<>();
        private PolicySettings policy;
        private Map<String, Object> calibration;

        @Override
        public void calibrated(String decoderName, CalibrateThenDecode.Calibration c) {
            policy = c.policy();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("calibration_s", c.signalSeconds());
            m.put("fit_s", c.fitNanos() / 1e9);
            if (c.fit() != null) {
                m.put("budget_met", c.fit().budgetMet());
                m.put("expected_false_per_min", c.fit().expected().falsePerMinute());
                m.put("expected_answered_share", c.fit().expected().answeredShare());
                m.put("expected_correct_share", c.fit().expected().correctShare());
            }
            calibration = m;
        }

        @Override
        public void onPrediction(Prediction prediction) {
            // probabilities only: a neural decoder's attention maps would hold tens of kB per window
            predictions.add(new Prediction(prediction.classes(), prediction.probabilities(), null,
                    prediction.sourceTime(), prediction.computeNanos()));
        }

        @Override
        public void onCommand(Command command) {
            commands.add(command);
        }
    }

    private static Decoder fresh(DecoderSpec spec, InputContract contract, ClassLoader loader) {
        try {
            return spec.isTrained() ? spec.loadTrained(loader) : spec.create(contract, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
