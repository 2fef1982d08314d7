package org.attend.realtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.decode.InputContract;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.source.Source;
import org.attend.stream.StreamInfo;

/**
 * Runs a {@link SessionPlan}: opens its outputs and recording, runs calibration and online decoding (or only
 * the recording) on the {@link RealtimeEngine}, closes every output whatever happens, and tells the plan's
 * reporter how it went.
 */
public final class SessionRunner {

    private final SessionPlan plan;

    public SessionRunner(SessionPlan plan) {
        this.plan = plan;
    }

    /** Runs the plan once. */
    public static SessionResult run(SessionPlan plan) throws Exception {
        return new SessionRunner(plan).run();
    }

    /**
     * Runs the session to its end.
     *
     * @throws Exception what the source, the decoder or an output failed with
     */
    public SessionResult run() throws Exception {
        StreamInfo info = plan.source().info();
        List<String> classes = plan.decoder() != null ? plan.decoder().contract().classes() : List.of();
        List<CommandSink> sinks = new ArrayList<>();
        List<SessionListener> listeners = new ArrayList<>();
        EngineStats stats;
        DecodingStage decodingOnly = null;
        CalibrateThenDecode calibrated = null;
        try {
            openOutputs(new SessionOutput.Context(info, classes), sinks, listeners);
            Source source = plan.pacedSource();
            if (plan.work() == SessionPlan.Work.RECORD) {
                stats = new RealtimeEngine(source, ChunkFilter.NONE, new RecordingStage(plan.durationSeconds()),
                        EngineSettings.defaults(), listeners).run();
            } else {
                InputContract contract = plan.decoder().contract();
                StreamingPreprocessor preprocessor = StreamingPreprocessor.of(plan.preprocessing(),
                        info.channelCount());
                Supplier<DecodingStage> online = () -> new DecodingStage(plan.decoder(), plan.decoderChannels(),
                        plan.hopSamples(), new ControlPolicy(plan.policy()), sinks, listeners,
                        new GroundTruthScorer(Set.copyOf(contract.classes()), plan.trialSeconds(),
                                contract.windowSeconds() / 2), plan.durationSeconds());
                Stage stage;
                if (plan.work() == SessionPlan.Work.DECODE) {
                    decodingOnly = online.get();
                    stage = decodingOnly;
                } else {
                    calibrated = new CalibrateThenDecode(new CalibrationRecorder(contract, plan.decoderChannels(),
                            plan.epochOffsetSeconds()), plan.calibrationTrialsPerClass(), plan.decoder(),
                            calibration -> {
                                plan.reporter().calibrated(plan.decoder().name(), calibration);
                                return online.get();
                            });
                    stage = calibrated;
                }
                stats = new RealtimeEngine(source, preprocessor::process, stage, EngineSettings.defaults(),
                        listeners).run();
            }
        } finally {
            closeAll(sinks, listeners);
        }
        SessionSummary summary = null;
        if (plan.work() != SessionPlan.Work.RECORD) {
            DecodingStage done = calibrated != null ? calibrated.decoding() : decodingOnly;
            if (done == null) {
                throw new IllegalStateException("stream '" + info.name() + "' ended during calibration: fewer than "
                        + plan.calibrationTrialsPerClass() + " cued trials per class " + classes);
            }
            summary = done.summary(stats);
        }
        SessionResult result = new SessionResult(info.name(), info.sampleRateHz(), stats, summary,
                plan.decoder() != null ? plan.decoder().name() : null, null, 0);
        plan.reporter().finished(result);
        return result;
    }

    /** Opens the plan's outputs and recording into lists the caller closes whatever happens. */
    private void openOutputs(SessionOutput.Context context, List<CommandSink> sinks,
                             List<SessionListener> listeners) throws IOException {
        SessionOutput.Registry registry = new SessionOutput.Registry() {
            @Override
            public void sink(CommandSink sink) {
                sinks.add(sink);
            }

            @Override
            public void listener(SessionListener listener) {
                listeners.add(listener);
            }
        };
        for (SessionOutput output : plan.outputs()) {
            output.open(context, registry);
        }
        if (plan.recording() != null) {
            listeners.add(new XdfSessionRecorder(plan.recording(), context.stream()));
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
}
