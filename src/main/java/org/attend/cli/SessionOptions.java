package org.attend.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import org.attend.control.LslOutput;
import org.attend.control.PolicySettings;
import org.attend.control.PrintSink;
import org.attend.control.UdpJsonSink;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.SelfPacedDecoder;
import org.attend.decode.InputContract;
import org.attend.dsp.Preprocessing;
import org.attend.lsl.LslBackend;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SelfPacing;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.source.Montages;
import org.attend.source.Source;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the real-time path: {@code run}, {@code replay}, {@code live}. */
final class SessionOptions {

    @Option(names = "--speed", converter = SpeedConverter.class, paramLabel = "FACTOR|max",
            description = "Pace of a simulated or recorded source: 1 = real time (default), 2 = twice as fast, "
                    + "max = as fast as it can be decoded.")
    Double speed = 1.0;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Length of the online block in source seconds (default: until the source ends).")
    Double durationSeconds;

    @Option(names = "--decoder", paramLabel = "NAME", defaultValue = "csp-lda",
            description = "Decoder to calibrate (default: ${DEFAULT-VALUE}); see 'attend models'; finetune:DIR "
                    + "fine-tunes the model in DIR on the calibration trials.")
    String decoder;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A trained model folder to decode with; no calibration block is run.")
    Path model;

    @Option(names = "--save-model", paramLabel = "DIR",
            description = "Save the decoder calibrated in this session as a model folder (for --model later).")
    Path saveModel;

    @Option(names = "--calibration-trials", paramLabel = "N",
            description = "Cued trials per class in the calibration block.")
    Integer calibrationTrials;

    @Option(names = "--channels", split = ",", paramLabel = "LABEL",
            description = "Channels the calibrated decoder uses (default: the sensorimotor sites FC5..CP6 "
                    + "present, else all).")
    List<String> channels;

    @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "2.0",
            description = "Decoding window length (default: ${DEFAULT-VALUE} s).")
    double windowSeconds;

    @Option(names = "--hop", paramLabel = "SECONDS", defaultValue = "0.125",
            description = "Time between decisions (default: ${DEFAULT-VALUE} s).")
    double hopSeconds;

    @Option(names = "--band", converter = BandConverter.class, paramLabel = "LOW-HIGH", defaultValue = "8-32",
            description = "Band-pass before the decoder, Hz (default: ${DEFAULT-VALUE}, as train and evaluate).")
    BandConverter.Band band;

    @Option(names = "--notch", paramLabel = "HZ", defaultValue = "0",
            description = "Mains notch, 50 or 60 Hz where line noise reaches the band (see attend quality); 0 for "
                    + "none (default: ${DEFAULT-VALUE}, as train and evaluate).")
    double notchHz;

    @Option(names = "--epoch-offset", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "Calibration epochs start this long after the cue (default: ${DEFAULT-VALUE} s).")
    double epochOffsetSeconds;

    @Option(names = "--trial-seconds", paramLabel = "SECONDS",
            description = "How long after a cue a command counts for that trial (default: the source's trial length).")
    Double trialSeconds;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.8",
            description = "Probability a class needs to count towards a command (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--dwell", paramLabel = "N", defaultValue = "5",
            description = "Consecutive agreeing windows for a command (default: ${DEFAULT-VALUE}).")
    int dwell;

    @Option(names = "--refractory", paramLabel = "SECONDS", defaultValue = "1.0",
            description = "Quiet time after a command (default: ${DEFAULT-VALUE} s).")
    double refractorySeconds;

    @Option(names = "--detector", paramLabel = "KIND|none", defaultValue = SelfPacedDecoder.DEFAULT_DETECTOR,
            description = "Intent detector calibrated beside the decoder on the rest between the cues, which makes "
                    + "control self-paced (default: ${DEFAULT-VALUE}); none for a decoder alone.")
    String detector;

    @Option(names = "--max-false-per-min", paramLabel = "R",
            defaultValue = "" + SelfPacing.DEFAULT_MAX_FALSE_PER_MINUTE,
            description = "False-activation budget: calibration chooses threshold, dwell and refractory period by "
                    + "cross-validation to make at most R false commands per minute (default: ${DEFAULT-VALUE}); "
                    + "--threshold, --dwell or --refractory given fix the policy instead.")
    double maxFalsePerMinute;

    @Option(names = "--rest-class", paramLabel = "NAME", defaultValue = "rest",
            description = "Class that never becomes a command (default: ${DEFAULT-VALUE}).")
    String restClass;

    @Option(names = "--udp", paramLabel = "HOST:PORT",
            description = "Also send each command as a JSON datagram (host defaults to 127.0.0.1).")
    String udpTarget;

    @Option(names = "--json", description = "Print JSON lines: one per command, the summary last.")
    boolean json;

    @Option(names = "--predictions", description = "Also print every window's prediction (JSON lines with --json).")
    boolean predictions;

    @Option(names = "--lsl-out", negatable = true,
            description = "Publish commands (string markers) and predictions (class probabilities) as LSL streams "
                    + "'Attend commands' and 'Attend predictions' (default: on for live, off otherwise).")
    Boolean lslOut;

    @Mixin
    LslBackendOption lslBackend = new LslBackendOption();

    @Mixin
    OutputOptions outputs = new OutputOptions();

    @Mixin
    DashboardOptions dashboard = new DashboardOptions();

    @Mixin
    DecoderOptionFlags decoderOptions = new DecoderOptionFlags();

    @Mixin
    PluginsOption plugins = new PluginsOption();

    @Mixin
    QuietOption quiet = new QuietOption();

    /** The command this mixin is part of: which flags were given, for {@link ModelContradictions}. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--record", paramLabel = "FILE.xdf",
            description = "Record the session (EEG, markers, predictions, commands) to XDF, flushed every second.")
    Path record;

    @Option(names = "--stale-ms", paramLabel = "MS",
            description = "Silence after which the stream is stale and every output gets 'stop' (default: 3 chunk "
                    + "intervals, 50-150 ms).")
    Double staleMillis;

    /**
     * Maps these options onto a plan for {@code source}: a trained model, or a decoder calibrated on the cued
     * trials of {@code classes}; commands printed on {@code out}.
     *
     * @param trialSeconds      the source's trial length (unless {@code --trial-seconds})
     * @param calibrationTrials the source's calibration trials per class (unless {@code --calibration-trials})
     */
    SessionPlan.Builder plan(Source source, List<String> classes, double trialSeconds, int calibrationTrials,
                             PrintWriter out) throws IOException {
        SessionPlan.Builder plan = SessionPlan.builder().setSource(source)
                .optSpeed(speed)
                .optHopSeconds(hopSeconds)
                .optEpochOffsetSeconds(epochOffsetSeconds)
                .optTrialSeconds(this.trialSeconds != null ? this.trialSeconds : trialSeconds)
                .optPolicy(new PolicySettings(threshold, dwell, refractorySeconds, restClass));
        Path tuned = Decoders.fineTuned(decoder).orElse(null);
        // a self-paced model fine-tunes its class decoder; its detector is calibrated anew
        Path pretrained = model != null ? model : tuned != null ? SelfPacedDecoder.classDecoderFolder(tuned) : null;
        ClassLoader loader = plugins.loader();
        boolean selfPaced = selfPaced();
        List<String> commandClasses = selfPaced ? classes.stream().filter(c -> !c.equals(restClass)).toList() : classes;
        Decoder chosen = pretrained != null ? Decoders.load(pretrained, decoderOptions.options(), loader)
                : newDecoder(source.info(), commandClasses, loader);
        // chance for the report's warnings: one in the classes that become commands
        plan.optReporter(new SessionPrinter(out, json, (int) chosen.contract().classes().stream()
                .filter(c -> !c.equals(restClass)).count()));
        if (pretrained != null) {
            ModelContradictions.require(pretrained, chosen.contract(), mixee.commandLine().getParseResult(), this);
        }
        if (model != null) {
            plan.setDecoder(chosen);
            if (chosen instanceof SelfPacedDecoder paced && !paced.policy().isEmpty() && !policyGiven()) {
                plan.optPolicy(policyOf(paced.policy()));
            }
        } else {
            // a pretrained decoder is fine-tuned on the calibration trials, a new one trained on them
            plan.setCalibration(chosen, this.calibrationTrials != null ? this.calibrationTrials : calibrationTrials);
            if (selfPaced) {
                Supplier<Decoder> fresh = pretrained != null ? () -> load(pretrained, loader)
                        : () -> newDecoder(source.info(), commandClasses, loader);
                plan.optSelfPacing(new SelfPacing(fresh, detector, maxFalsePerMinute, !policyGiven()));
            }
        }
        if (durationSeconds != null) {
            plan.optDurationSeconds(durationSeconds);
        }
        if (staleMillis != null) {
            plan.optStaleMillis(staleMillis);
        }
        if (record != null) {
            plan.optRecording(record);
        }
        plan.optOutput((context, registry) -> {
            PrintSink printed = new PrintSink(out, json);
            registry.sink(printed);
            registry.listener(new SessionListener() {
                @Override
                public void onChunk(Chunk raw, List<Marker> markers) {
                    if (raw.sampleCount() > 0) {
                        printed.sessionStartsAt(raw.timestamps()[0]);
                    }
                }
            });
        });
        if (udpTarget != null) {
            plan.optOutput(SessionOutput.control(decoderClasses -> new UdpJsonSink(UdpJsonSink.parseTarget(udpTarget))));
        }
        if (Boolean.TRUE.equals(lslOut)) {
            LslBackend backend = lslBackend.open();
            plan.optOutput(SessionOutput.control(decoderClasses -> new LslOutput(backend, "Attend commands",
                    "Attend predictions", decoderClasses)));
        }
        outputs.addTo(plan, out, json);
        plan.optOutput(SessionProgress.output());
        if (predictions) {
            plan.optOutput(SessionOutput.listener(context -> new PredictionPrinter(out, json)));
        }
        if (dashboard.wanted()) {
            plan.optOutput(dashboard.output(source.info(), chosen, out, json));
        }
        return plan;
    }

    /**
     * Runs the plan and saves the decoder it calibrated when {@code --save-model} asks for it; the decoder's
     * native memory is released whatever happens.
     */
    SessionResult run(SessionPlan plan) throws Exception {
        try (Decoder used = plan.decoder()) {
            SessionResult result = SessionRunner.run(plan);
            if (saveModel != null && used != null) {
                used.save(saveModel);
            }
            return result;
        }
    }

    /** Whether calibration makes the session self-paced: a detector is wanted and no trained model is given. */
    boolean selfPaced() {
        return model == null && !"none".equals(detector);
    }

    /** Whether the command line fixed any part of the control policy. */
    private boolean policyGiven() {
        var parsed = mixee.commandLine().getParseResult();
        return parsed.hasMatchedOption("--threshold") || parsed.hasMatchedOption("--dwell")
                || parsed.hasMatchedOption("--refractory");
    }

    /** The policy a self-paced model's card recorded. */
    private PolicySettings policyOf(Map<String, Object> card) {
        return new PolicySettings(((Number) card.getOrDefault("threshold", threshold)).doubleValue(),
                ((Number) card.getOrDefault("dwell", dwell)).intValue(),
                ((Number) card.getOrDefault("refractorySeconds", refractorySeconds)).doubleValue(), restClass);
    }

    /** The pretrained model loaded afresh (each fold of a self-paced calibration starts from the same weights). */
    private Decoder load(Path pretrained, ClassLoader loader) {
        try {
            return Decoders.load(pretrained, decoderOptions.options(), loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new decoder whose contract carries the session's causal chain: notch, then the band-pass. */
    private Decoder newDecoder(StreamInfo info, List<String> classes, ClassLoader loader) {
        List<String> labels = channels != null ? channels : Montages.sensorimotorOrAll(info.channels());
        return Decoders.create(decoder, new InputContract(labels, info.sampleRateHz(), windowSeconds, classes,
                Preprocessing.bandpass(band.lowHz(), band.highHz()).withNotch(notchHz)), decoderOptions.options(), loader);
    }
}
