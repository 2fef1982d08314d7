package org.attend.realtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attend.control.PolicySettings;
import org.attend.decode.Decoder;
import org.attend.decode.InputContract;
import org.attend.decode.SelfPacedDecoder;
import org.attend.decode.SelfPacedTraining;
import org.attend.dsp.PreprocessorSpec;
import org.attend.progress.Sizes;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import org.attend.stream.MissingChannelsException;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a session will do, checked before the first sample (BCI2000's preflight): the source, how it is
 * paced, the preprocessing, the decoder (trained, or calibrated on the first cued trials) or none for a
 * recording, the control policy, the outputs and the recording. Built with {@link #builder()}: {@code set…}
 * for what is required, {@code opt…} for what is optional; {@link Builder#build()} fails with one line
 * ({@link PreflightException}). Run it with {@link SessionRunner}.
 */
public final class SessionPlan {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPlan.class);

    /** What the session does with the signal. */
    public enum Work {
        /** Decode with a trained decoder from the first window. */
        DECODE,
        /** Record cued trials, fit the decoder on them, then decode. */
        CALIBRATE_THEN_DECODE,
        /** Decode nothing: the session only records. */
        RECORD
    }

    /**
     * Fewest cued trials per class a calibration fits a decoder on: every decoder estimates each class from at
     * least two (CSP's class covariances, a classifier's class means and spread).
     */
    public static final int MIN_CALIBRATION_TRIALS_PER_CLASS = 2;

    private final Source source;
    private final Work work;
    private final Decoder decoder;
    private final int calibrationTrialsPerClass;
    private final SelfPacing selfPacing;
    private final double epochOffsetSeconds;
    private final double speed;
    private final PreprocessorSpec preprocessing;
    private final int[] decoderChannels;
    private final int hopSamples;
    private final PolicySettings policy;
    private final List<SessionOutput> outputs;
    private final Path recording;
    private final double durationSeconds;
    private final double trialSeconds;
    private final double staleMillis;
    private final double chunkSeconds;
    private final double mainsHz;
    private final boolean qualityGate;
    private final SessionReporter reporter;

    private SessionPlan(Builder b, Decoder decoder, PreprocessorSpec preprocessing, int[] decoderChannels,
                        int hopSamples) {
        // the session's one mains frequency: as set, else the one the decoder's chain notches
        double notch = decoder == null ? 0 : decoder.contract().preprocessing().notchHz();
        this.source = b.source;
        this.work = b.work;
        this.decoder = decoder;
        this.selfPacing = decoder instanceof SelfPacedDecoder ? b.selfPacing : null;
        this.calibrationTrialsPerClass = b.calibrationTrialsPerClass;
        this.epochOffsetSeconds = b.epochOffsetSeconds;
        this.speed = b.speed;
        this.preprocessing = preprocessing;
        this.decoderChannels = decoderChannels;
        this.hopSamples = hopSamples;
        this.policy = b.policy;
        this.outputs = List.copyOf(b.outputs);
        this.recording = b.recording;
        this.durationSeconds = b.durationSeconds;
        this.trialSeconds = b.trialSeconds;
        this.staleMillis = b.staleMillis;
        this.chunkSeconds = b.chunkSeconds;
        this.mainsHz = !Double.isNaN(b.mainsHz) ? b.mainsHz : notch == 60 ? 60 : 50;
        this.qualityGate = b.qualityGate;
        this.reporter = b.reporter;
    }

    /**
     * Why {@code trialsPerClass} cued trials per class are too few to calibrate on, or null when they are enough:
     * at least {@value #MIN_CALIBRATION_TRIALS_PER_CLASS}, and {@link SelfPacedTraining#FOLDS} for a self-paced
     * calibration, which fits its policy by cross-validation.
     */
    public static String calibrationTrialsProblem(int trialsPerClass, boolean selfPaced) {
        if (selfPaced && trialsPerClass < SelfPacedTraining.FOLDS) {
            return String.format(Locale.ROOT, "a self-paced calibration fits its policy by %d-fold cross-validation: "
                    + "it needs at least %d cued trials per class, %d more than the %d given", SelfPacedTraining.FOLDS,
                    SelfPacedTraining.FOLDS, SelfPacedTraining.FOLDS - trialsPerClass, trialsPerClass);
        }
        if (trialsPerClass < MIN_CALIBRATION_TRIALS_PER_CLASS) {
            return "calibration needs at least " + MIN_CALIBRATION_TRIALS_PER_CLASS + " cued trials per class (a "
                    + "decoder estimates each class from two or more), got " + trialsPerClass;
        }
        return null;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The source as given; the caller opened it and closes it. */
    public Source source() {
        return source;
    }

    /**
     * The source as the engine reads it, by the one pacing rule: a live source (headset, LSL) is never paced;
     * a file or the simulator is released at {@link #speed()} times real time, which makes it live, or read
     * as fast as it is processed (with back-pressure) at infinite speed.
     */
    public Source pacedSource() {
        return source.isLive() ? source : PacedSource.at(source, speed);
    }

    public Work work() {
        return work;
    }

    /** The decoder (trained, or to be calibrated); null for a recording session. */
    public Decoder decoder() {
        return decoder;
    }

    /** The decoder's name as a person knows it: the class decoder's, for a self-paced one. */
    public String decoderName() {
        if (decoder == null) {
            return null;
        }
        return decoder instanceof SelfPacedDecoder paced ? paced.classDecoder().name() : decoder.name();
    }

    /** How calibration makes the session self-paced; null for a plain calibration or none. */
    public SelfPacing selfPacing() {
        return selfPacing;
    }

    /**
     * The classes whose cues are trials and may become commands: the decoder's, or its class decoder's when it is
     * self-paced (rest is then learnt from the time between the cues).
     */
    public List<String> commandClasses() {
        if (decoder == null) {
            return List.of();
        }
        return decoder instanceof SelfPacedDecoder paced ? paced.classDecoder().contract().classes()
                : decoder.contract().classes();
    }

    /** Cued trials per class in the calibration block (for {@link Work#CALIBRATE_THEN_DECODE}). */
    public int calibrationTrialsPerClass() {
        return calibrationTrialsPerClass;
    }

    /** Calibration epochs start this long after their cue. */
    public double epochOffsetSeconds() {
        return epochOffsetSeconds;
    }

    /** Pace of a source that is not live: 1 = real time, infinite = as fast as it is processed. */
    public double speed() {
        return speed;
    }

    /** The filters before the decoder; null for a recording session (it keeps raw samples only). */
    public PreprocessorSpec preprocessing() {
        return preprocessing;
    }

    /** Indices of the decoder's channels in the stream, in the decoder's order; empty for a recording. */
    public int[] decoderChannels() {
        return decoderChannels.clone();
    }

    /** Samples between decisions. */
    public int hopSamples() {
        return hopSamples;
    }

    public PolicySettings policy() {
        return policy;
    }

    /** The outputs, unopened, in the order they were added. */
    public List<SessionOutput> outputs() {
        return outputs;
    }

    /** The XDF file the session is recorded to, null for none. */
    public Path recording() {
        return recording;
    }

    /** Length of the online block (or of the recording) in source seconds; infinite for until the source ends. */
    public double durationSeconds() {
        return durationSeconds;
    }

    /** How long after a cue a command counts for that trial. */
    public double trialSeconds() {
        return trialSeconds;
    }

    /** Chunk length the source delivers, seconds; NaN when unknown (an LSL stream). */
    public double chunkSeconds() {
        return chunkSeconds;
    }

    /**
     * Silence after which the stream is stale and every output gets {@code stop}, ms: as set, else derived from the
     * known chunk length ({@link StaleTimeout#forChunks}); NaN when neither is known (the engine then learns it from
     * the chunk intervals it observes, {@link StaleTimeout}).
     */
    public double staleMillis() {
        if (!Double.isNaN(staleMillis)) {
            return staleMillis;
        }
        if (Double.isNaN(chunkSeconds)) {
            return Double.NaN;
        }
        return StaleTimeout.forChunks(chunkSeconds * 1000);
    }

    /** The session's mains frequency (50 or 60 Hz), for the line-noise checks of its outputs (the dashboard). */
    public double mainsHz() {
        return mainsHz;
    }

    /** Whether flat or railed decoder channels hold commands back. */
    public boolean qualityGate() {
        return qualityGate;
    }

    public SessionReporter reporter() {
        return reporter;
    }

    /** Collects a plan; {@link #build()} checks it. */
    public static final class Builder {

        private Source source;
        private Work work;
        private Decoder decoder;
        private int calibrationTrialsPerClass;
        private SelfPacing selfPacing;
        private double epochOffsetSeconds = 0.5;
        private double speed = 1.0;
        private double hopSeconds = 0.125;
        private PolicySettings policy = PolicySettings.defaults();
        private final List<SessionOutput> outputs = new ArrayList<>();
        private Path recording;
        private double durationSeconds = Double.POSITIVE_INFINITY;
        private double trialSeconds = 4.0;
        private double staleMillis = Double.NaN;
        private double chunkSeconds = Double.NaN;
        private double mainsHz = Double.NaN;
        private boolean qualityGate = true;
        private SessionReporter reporter = SessionReporter.NONE;

        private Builder() {
        }

        /** The signal source (required), opened; the caller closes it after the session. */
        public Builder setSource(Source source) {
            this.source = source;
            return this;
        }

        /** Decode with a trained decoder (one of this, {@link #setCalibration} and {@link #setRecordingOnly}). */
        public Builder setDecoder(Decoder trained) {
            this.work = Work.DECODE;
            this.decoder = trained;
            return this;
        }

        /** Fit {@code untrained} on the first {@code trialsPerClass} cued trials of each class, then decode. */
        public Builder setCalibration(Decoder untrained, int trialsPerClass) {
            this.work = Work.CALIBRATE_THEN_DECODE;
            this.decoder = untrained;
            this.calibrationTrialsPerClass = trialsPerClass;
            return this;
        }

        /**
         * Makes a calibration self-paced: the decoder given to {@link #setCalibration} becomes the class decoder of
         * a {@link SelfPacedDecoder} whose intent detector and control policy the calibration block also fits.
         */
        public Builder optSelfPacing(SelfPacing pacing) {
            this.selfPacing = pacing;
            return this;
        }

        /** Decode nothing: record the source (needs {@link #optRecording}). */
        public Builder setRecordingOnly() {
            this.work = Work.RECORD;
            this.decoder = null;
            return this;
        }

        /** Calibration epochs start this long after their cue (default 0.5 s). */
        public Builder optEpochOffsetSeconds(double seconds) {
            this.epochOffsetSeconds = seconds;
            return this;
        }

        /** Pace of a file or the simulator: a positive factor of real time, infinite for as fast as possible. */
        public Builder optSpeed(double speed) {
            this.speed = speed;
            return this;
        }

        /** Time between decisions (default 0.125 s). */
        public Builder optHopSeconds(double seconds) {
            this.hopSeconds = seconds;
            return this;
        }

        /** Threshold, dwell, refractory period and rest class (default {@link PolicySettings#defaults()}). */
        public Builder optPolicy(PolicySettings policy) {
            this.policy = policy;
            return this;
        }

        /** Adds an output; outputs are opened in the order added. */
        public Builder optOutput(SessionOutput output) {
            this.outputs.add(output);
            return this;
        }

        /** Records the session (EEG, markers, predictions, commands, gaps) to this XDF file. */
        public Builder optRecording(Path xdf) {
            this.recording = xdf;
            return this;
        }

        /** Online block (or recording) length in source seconds (default: until the source ends). */
        public Builder optDurationSeconds(double seconds) {
            this.durationSeconds = seconds;
            return this;
        }

        /** How long after a cue a command counts for that trial (default 4 s). */
        public Builder optTrialSeconds(double seconds) {
            this.trialSeconds = seconds;
            return this;
        }

        /** Silence after which the stream is stale and outputs get {@code stop}, ms (default: derived). */
        public Builder optStaleMillis(double millis) {
            this.staleMillis = millis;
            return this;
        }

        /** The chunk length the source delivers, seconds, when known (replay, simulator). */
        public Builder optChunkSeconds(double seconds) {
            this.chunkSeconds = seconds;
            return this;
        }

        /**
         * Mains frequency, 50 or 60 Hz, for the line-noise checks (default: 60 when the decoder's contract notches
         * 60 Hz, else 50).
         */
        public Builder optMainsHz(double hz) {
            this.mainsHz = hz;
            return this;
        }

        /** Whether flat or railed decoder channels hold commands back (default true). */
        public Builder optQualityGate(boolean gate) {
            this.qualityGate = gate;
            return this;
        }

        /** Who is told about calibration and the end of the session (default: nobody). */
        public Builder optReporter(SessionReporter reporter) {
            this.reporter = reporter;
            return this;
        }

        /**
         * Checks the whole plan against the source's stream.
         *
         * @throws PreflightException naming the first setting or stream that is wrong
         */
        public SessionPlan build() {
            PreflightException.require(source != null, "a session needs a source");
            PreflightException.require(work != null, "a session needs a decoder, a calibration or a recording");
            PreflightException.require(reporter != null && policy != null, "reporter and policy must not be null");
            StreamInfo info = source.info();
            String stream = "stream '" + info.name() + "'";
            double rate = info.sampleRateHz();
            PreflightException.require(rate > 0 && Double.isFinite(rate), stream
                    + " has no regular sample rate (got " + rate + " Hz)");
            PreflightException.require(speed > 0, "speed must be a positive factor of real time, got " + speed);
            PreflightException.require(durationSeconds > 0, "duration must be positive, got " + durationSeconds
                    + " s");
            PreflightException.require(Double.isNaN(staleMillis) || (staleMillis > 0 && Double.isFinite(staleMillis)),
                    "stale timeout must be a positive number of ms, got " + staleMillis);
            PreflightException.require(Double.isNaN(chunkSeconds) || chunkSeconds * rate >= 1 - 1e-9,
                    "chunk of " + chunkSeconds + " s is shorter than one sample at " + rate + " Hz");
            PreflightException.require(Double.isNaN(mainsHz) || mainsHz == 50 || mainsHz == 60,
                    "mains frequency must be 50 or 60 Hz, got " + mainsHz);
            if (recording != null) {
                Path parent = recording.toAbsolutePath().getParent();
                PreflightException.require(parent != null && Files.isDirectory(parent), "cannot record to "
                        + recording + ": folder " + parent + " does not exist");
                checkSpace(parent, info);
            }
            if (work == Work.RECORD) {
                PreflightException.require(recording != null, "a recording session needs a file to record to");
                return new SessionPlan(this, null, null, new int[0], 1);
            }
            PreflightException.require(decoder != null, "a decoding session needs a decoder");
            Decoder used = decoder;
            if (selfPacing != null && work == Work.CALIBRATE_THEN_DECODE) {
                String tooFew = calibrationTrialsProblem(calibrationTrialsPerClass, true);
                PreflightException.require(tooFew == null, tooFew);
                try {
                    used = new SelfPacedDecoder(decoder, SelfPacedDecoder.newDetector(selfPacing.detector(),
                            decoder.contract()));
                } catch (IllegalArgumentException e) {
                    throw new PreflightException("self-paced calibration: " + e.getMessage(), e);
                }
            }
            InputContract contract = used.contract();
            PreflightException.require(Math.abs(contract.sampleRateHz() - rate) <= 1e-6, stream + " runs at "
                    + rate + " Hz but the decoder expects " + contract.sampleRateHz() + " Hz");
            int[] channels;
            try {
                channels = info.channels().indicesOf(contract.channels());
            } catch (MissingChannelsException e) {
                throw new PreflightException(stream + ": " + e.getMessage(), e);
            }
            PreflightException.require(hopSeconds > 0, "hop must be positive, got " + hopSeconds + " s");
            int hop = (int) Math.round(hopSeconds * rate);
            PreflightException.require(hop >= 1, "hop of " + hopSeconds + " s is shorter than one sample at " + rate
                    + " Hz");
            PreflightException.require(contract.windowSamples() >= hop, String.format(Locale.ROOT,
                    "window of %s s is shorter than the hop of %s s", contract.windowSeconds(), hopSeconds));
            PreflightException.require(trialSeconds > 0 && Double.isFinite(trialSeconds),
                    "trial length must be positive, got " + trialSeconds + " s");
            if (work == Work.CALIBRATE_THEN_DECODE) {
                String tooFew = calibrationTrialsProblem(calibrationTrialsPerClass, false);
                PreflightException.require(tooFew == null, tooFew);
                PreflightException.require(epochOffsetSeconds >= 0 && epochOffsetSeconds
                        + contract.windowSeconds() <= trialSeconds + 1e-9, String.format(Locale.ROOT,
                        "calibration epoch %s-%s s after the cue must lie inside the %s s trial", epochOffsetSeconds,
                        epochOffsetSeconds + contract.windowSeconds(), trialSeconds));
            }
            PreprocessorSpec spec;
            try {
                // the decoder's contract carries the whole chain it was trained with; live is always causal
                spec = contract.preprocessing().at(rate);
                if (!contract.preprocessing().causal()) {
                    LOG.warn("the decoder was trained on zero-phase filtered epochs; live windows are filtered "
                            + "causally ({}) and will differ from them", contract.preprocessing().describe());
                }
            } catch (IllegalArgumentException e) {
                throw new PreflightException(stream + ": " + e.getMessage(), e);
            }
            return new SessionPlan(this, used, spec, channels, hop);
        }

        /**
         * A recording of a known length must fit the free space of its disk (the signal alone, as
         * {@link XdfSessionRecorder#bytesPerSecond} counts it: a lower bound, calibration not included); one that
         * fills the disk all the same is stopped with everything written before kept.
         */
        private void checkSpace(Path folder, StreamInfo info) {
            if (!Double.isFinite(durationSeconds)) {
                return;
            }
            double needed = durationSeconds * XdfSessionRecorder.bytesPerSecond(info);
            long free;
            try {
                free = Files.getFileStore(folder).getUsableSpace();
            } catch (IOException e) {
                LOG.debug("free space of {} unknown", folder, e);
                return;
            }
            PreflightException.require(needed <= free, String.format(Locale.ROOT, "cannot record %s s of %d "
                    + "channels at %s Hz to %s: that needs %s but %s has %s free; give a shorter --duration",
                    num(durationSeconds), info.channelCount(), num(info.sampleRateHz()), recording.getFileName(),
                    Sizes.of(needed), folder, Sizes.of(free)));
        }

        private static String num(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }

    }
}
