package org.attend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.control.LslMarkerSink;
import org.attend.control.LslPredictionOutlet;
import org.attend.control.PolicySettings;
import org.attend.control.PrintSink;
import org.attend.control.UdpJsonSink;
import org.attend.dashboard.Dashboard;
import org.attend.dashboard.FrameCounts;
import org.attend.decode.Decoder;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.dsp.PreprocessorSpec;
import org.attend.lsl.LslBackend;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.realtime.CalibrateThenDecode;
import org.attend.realtime.CalibrationRecorder;
import org.attend.realtime.DecodingStage;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.GroundTruthScorer;
import org.attend.realtime.RealtimeEngine;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionSummary;
import org.attend.realtime.Stage;
import org.attend.realtime.XdfSessionRecorder;
import org.attend.source.Montages;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import org.attend.stream.StreamInfo;

/**
 * Wires one session from options: checks everything before the first sample (decoder contract against the
 * stream, filters, sinks), then runs calibration and online decoding on the real-time engine and prints
 * commands and the summary.
 */
final class SessionRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the source brings to a session.
     *
     * @param classes           cue labels of its trials, e.g. left, right
     * @param trialSeconds      how long each trial lasts after its cue
     * @param calibrationTrials default calibration trials per class
     */
    record Protocol(List<String> classes, double trialSeconds, int calibrationTrials) {
    }

    private final SessionOptions options;
    private final PrintStream out;

    SessionRunner(SessionOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    SessionSummary run(Source rawSource, Protocol protocol) throws Exception {
        StreamInfo info = rawSource.info();
        PolicySettings policy = options.policy(); // preflight: every setting is checked before the first sample
        Decoder decoder = options.model != null ? Decoders.load(options.model) : newDecoder(info, protocol);
        InputContract contract = decoder.contract();
        if (Math.abs(contract.sampleRateHz() - info.sampleRateHz()) > 1e-6) {
            throw new IllegalArgumentException("stream '" + info.name() + "' runs at " + info.sampleRateHz()
                    + " Hz but the decoder expects " + contract.sampleRateHz() + " Hz");
        }
        int[] channels = info.channels().indicesOf(contract.channels());
        int hopSamples = (int) Math.round(options.hopSeconds * info.sampleRateHz());
        if (hopSamples < 1) {
            throw new IllegalArgumentException("hop of " + options.hopSeconds + " s is shorter than one sample");
        }
        double notch = options.notchHz;
        if (notch >= info.sampleRateHz() / 2) {
            notch = 0; // mains above Nyquist cannot alias into a band-limited amplifier's output
        }
        StreamingPreprocessor preprocessor = StreamingPreprocessor.of(new PreprocessorSpec(info.sampleRateHz(),
                contract.bandLowHz(), contract.bandHighHz(), PreprocessorSpec.DEFAULT_ORDER, notch, false),
                info.channelCount());
        List<CommandSink> sinks = new ArrayList<>();
        List<SessionListener> listeners = new ArrayList<>();
        EngineStats stats;
        Dashboard dashboard = null;
        DecodingStage decodingOnly = null;
        CalibrateThenDecode calibrated = null;
        try {
            openOutputs(info, contract, sinks, listeners);
            dashboard = options.dashboard.open(info, decoder.name(), contract.channels(), contract.classes(),
                    options.notchHz);
            if (dashboard != null) {
                listeners.add(dashboard);
            }
            double trialSeconds = options.trialSeconds != null ? options.trialSeconds : protocol.trialSeconds();
            double duration = options.durationSeconds != null ? options.durationSeconds : Double.POSITIVE_INFINITY;
            java.util.function.Supplier<DecodingStage> online = () -> new DecodingStage(decoder, channels, hopSamples,
                    new ControlPolicy(policy), sinks,
                    listeners, new GroundTruthScorer(Set.copyOf(contract.classes()), trialSeconds,
                            contract.windowSeconds() / 2), duration);
            Stage stage;
            if (options.model != null) {
                decodingOnly = online.get();
                stage = decodingOnly;
            } else {
                int trials = options.calibrationTrials != null ? options.calibrationTrials
                        : protocol.calibrationTrials();
                calibrated = new CalibrateThenDecode(new CalibrationRecorder(contract, channels,
                        options.epochOffsetSeconds), trials, decoder, calibration -> {
                            printCalibration(decoder, calibration);
                            return online.get();
                        });
                stage = calibrated;
            }
            Source source = rawSource.isLive() ? rawSource : PacedSource.at(rawSource, options.speed);
            stats = new RealtimeEngine(source, preprocessor::process, stage, EngineSettings.defaults(), listeners)
                    .run();
        } finally {
            closeAll(sinks, listeners);
        }
        DecodingStage done = calibrated != null ? calibrated.decoding() : decodingOnly;
        if (done == null) {
            throw new IllegalStateException("stream '" + info.name() + "' ended during calibration: fewer than "
                    + "the required cued trials per class " + contract.classes());
        }
        if (options.saveModel != null) {
            decoder.save(options.saveModel);
        }
        SessionSummary summary = done.summary(stats);
        printSummary(summary, decoder, dashboard == null ? null : dashboard.frames());
        return summary;
    }

    /** Opens the sinks and listeners the options ask for, into lists the caller closes whatever happens. */
    private void openOutputs(StreamInfo info, InputContract contract, List<CommandSink> sinks,
                             List<SessionListener> listeners) throws IOException {
        sinks.add(new PrintSink(out, options.json));
        if (options.udpTarget != null) {
            sinks.add(new UdpJsonSink(UdpJsonSink.parseTarget(options.udpTarget)));
        }
        if (Boolean.TRUE.equals(options.lslOut)) {
            LslBackend backend = options.lslBackend.open();
            sinks.add(new LslMarkerSink(backend, "Attend commands"));
            listeners.add(new LslPredictionPublisher(new LslPredictionOutlet(backend, "Attend predictions",
                    contract.classes())));
        }
        if (options.predictions) {
            listeners.add(new PredictionPrinter(out, options.json));
        }
        if (options.record != null) {
            listeners.add(new XdfSessionRecorder(options.record, info));
        }
    }

    /** Closes every output even when one fails, so that a recording always gets its footer. */
    private static void closeAll(List<CommandSink> sinks, List<SessionListener> listeners) throws IOException {
        IOException failure = null;
        List<AutoCloseable> all = new ArrayList<>(sinks);
        all.addAll(listeners);
        for (AutoCloseable output : all) {
            try {
                output.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IOException("closing " + output.getClass().getSimpleName() + ": " + e.getMessage(),
                            e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private Decoder newDecoder(StreamInfo info, Protocol protocol) {
        List<String> labels = options.channels != null ? options.channels
                : Montages.sensorimotorOrAll(info.channels());
        return Decoders.create(options.decoder, new InputContract(labels, info.sampleRateHz(), options.windowSeconds,
                options.band.lowHz(), options.band.highHz(), protocol.classes()));
    }

    private void printCalibration(Decoder decoder, CalibrateThenDecode.Calibration calibration) {
        if (options.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "calibration");
            m.put("decoder", decoder.name());
            m.put("trials_per_class", calibration.trialsPerClass());
            m.put("signal_seconds", Math.round(calibration.signalSeconds() * 1000) / 1000.0);
            m.put("fit_ms", Math.round(calibration.fitNanos() / 1e4) / 100.0);
            println(m);
        } else {
            out.printf(Locale.ROOT, "calibration: %s fitted on %s trials per class (%.1f s of signal) in %.1f ms%n",
                    decoder.name(), java.util.Arrays.toString(calibration.trialsPerClass()),
                    calibration.signalSeconds(), calibration.fitNanos() / 1e6);
        }
    }

    private void printSummary(SessionSummary s, Decoder decoder, FrameCounts dashboard) throws Exception {
        if (options.json) {
            Map<String, Object> m = s.toMap();
            m.put("decoder", decoder.name());
            if (dashboard != null) {
                m.put("dashboard_frames", dashboard.rendered());
                m.put("dashboard_skipped_frames", dashboard.skipped());
            }
            println(m);
            return;
        }
        out.printf(Locale.ROOT, "online: %.1f s, %d trials (%d with a command), %d commands (%d correct, "
                + "%d false activations), %d windows%n", s.onlineSeconds(), s.trials(), s.trialsWithCommand(),
                s.commands(), s.correct(), s.falseActivations(), s.windows());
        out.printf(Locale.ROOT, "accuracy %.3f  ITR %.2f bits/min  latency p50 %.2f ms  p99 %.2f ms  "
                + "dropped %d  late %d%n", s.accuracy(), s.itrBitsPerMin(), s.latencyMsP50(), s.latencyMsP99(),
                s.droppedSamples(), s.lateSamples());
        if (dashboard != null) {
            out.printf(Locale.ROOT, "dashboard: %d frames drawn, %d skipped%s%n", dashboard.rendered(),
                    dashboard.skipped(), options.dashboard.png != null ? ", picture " + options.dashboard.png : "");
        }
    }

    private void println(Map<String, Object> m) {
        try {
            out.println(JSON.writeValueAsString(m));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
