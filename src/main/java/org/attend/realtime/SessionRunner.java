package org.attend.realtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.control.PolicySettings;
import org.attend.decode.SelfPacedTraining;
import org.attend.decode.InputContract;
import org.attend.dsp.SignalQuality;
import org.attend.dsp.StreamingPreprocessor;
import org.attend.stream.StreamInfo;
import org.attend.stream.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SessionPlan}: opens its outputs and recording (the recorder on its own thread), runs calibration
 * and online decoding (or only the recording) on the {@link RealtimeEngine}, closes every output whatever
 * happens, and tells the plan's reporter how it went. While it runs, a JVM shutdown hook (SIGINT, SIGTERM)
 * sends {@code stop} to every output at once and waits until the summary is reported and the recording closed,
 * within {@value #SHUTDOWN_MILLIS} ms.
 */
public final class SessionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRunner.class);
    /** Longest wait of the shutdown hook for the session to end, ms (a signal must end it within 2 s). */
    static final long SHUTDOWN_MILLIS = 1800;

    private final SessionPlan plan;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile RealtimeEngine engine;
    private volatile String interruption;

    public SessionRunner(SessionPlan plan) {
        this.plan = plan;
    }

    /** Runs the plan once. */
    public static SessionResult run(SessionPlan plan) throws Exception {
        return new SessionRunner(plan).run();
    }

    /**
     * Stops the session from any thread: {@code stop} to every output now; {@link #run()} then returns the
     * summary so far, with {@code reason} as its interruption.
     */
    public void interrupt(String reason) {
        interruption = reason;
        RealtimeEngine running = engine;
        if (running != null) {
            running.interrupt(reason);
        }
    }

    /**
     * Runs the session to its end.
     *
     * @throws SessionFailedException what the source, the decoder or an output failed with (every output got
     *                                {@code stop} first)
     * @throws IOException            an output or the recording failed to open or to close
     */
    public SessionResult run() throws Exception {
        Thread hook = new Thread(this::onShutdown, "attend-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runSession();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns once this session has finished
            }
        }
    }

    private void onShutdown() {
        LOG.info("signal received: stopping the session");
        interrupt("signal");
        try {
            if (!finished.await(SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("the session did not end within {} ms of the signal", SHUTDOWN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SessionResult runSession() throws Exception {
        StreamInfo info = plan.source().info();
        List<String> classes = plan.decoder() != null ? plan.decoder().contract().classes() : List.of();
        List<CommandSink> sinks = new ArrayList<>();
        List<SessionListener> listeners = new ArrayList<>();
        QueuedListener recorder = null;
        EngineStats stats;
        DecodingStage decodingOnly = null;
        CalibrateThenDecode calibrated = null;
        SessionResult result = null;
        try {
            openOutputs(new SessionOutput.Context(info, classes, plan.mainsHz(), plan), sinks, listeners);
            if (plan.recording() != null) {
                recorder = new QueuedListener(new XdfSessionRecorder(plan.recording(), info),
                        QueuedListener.DEFAULT_CAPACITY, "recorder");
                listeners.add(recorder);
            }
            Ticker clock = Ticker.SYSTEM; // one clock for arrivals, the fail-safe and the commands' stamps
            CommandOutputs outputs = new CommandOutputs(sinks, clock);
            LatencyRecorder latency = new LatencyRecorder();
            Stage stage;
            ChunkFilter filter;
            if (plan.work() == SessionPlan.Work.RECORD) {
                stage = new RecordingStage(plan.durationSeconds());
                filter = ChunkFilter.NONE;
            } else {
                InputContract contract = plan.decoder().contract();
                StreamingPreprocessor preprocessor = StreamingPreprocessor.of(plan.preprocessing(),
                        info.channelCount());
                filter = new ChunkFilter() {
                    @Override
                    public void process(float[][] data) {
                        preprocessor.process(data);
                    }

                    @Override
                    public void reset() {
                        preprocessor.reset();
                    }
                };
                // flat and railed channels do not depend on mains: the gate skips the line-noise spectrum
                SignalQuality quality = plan.qualityGate() ? new SignalQuality(info.sampleRateHz(), 0) : null;
                Function<PolicySettings, DecodingStage> online = policy -> new DecodingStage(plan.decoder(),
                        plan.decoderChannels(), plan.hopSamples(), quality, new ControlPolicy(policy, clock), outputs,
                        listeners, plan.commandClasses(), plan.trialSeconds(), plan.durationSeconds(), latency);
                if (plan.work() == SessionPlan.Work.DECODE) {
                    decodingOnly = online.apply(plan.policy());
                    stage = decodingOnly;
                } else {
                    calibrated = new CalibrateThenDecode(new CalibrationRecorder(contract, plan.commandClasses(),
                            plan.decoderChannels(), plan.epochOffsetSeconds()), plan.calibrationTrialsPerClass(),
                            plan.decoder(), plan.policy(), plan.selfPacing(), new SelfPacedTraining.Layout(
                                    plan.commandClasses(), plan.epochOffsetSeconds(), contract.windowSamples(),
                                    plan.hopSamples()), plan.trialSeconds(),
                            calibration -> {
                                plan.reporter().calibrated(plan.decoderName(), calibration);
                                return online.apply(calibration.policy());
                            });
                    stage = calibrated;
                }
            }
            engine = new RealtimeEngine(plan.pacedSource(), filter, stage, EngineSettings.defaults(), listeners,
                    outputs, plan.staleMillis(), latency, clock);
            if (interruption != null) {
                engine.interrupt(interruption); // the signal came while the outputs were opening
            }
            stats = engine.run();
            String interrupted = engine.interruption();
            SessionSummary summary = null;
            if (plan.work() != SessionPlan.Work.RECORD) {
                DecodingStage done = calibrated != null ? (DecodingStage) calibrated.decoding() : decodingOnly;
                if (done == null && interrupted == null) {
                    throw new SessionFailedException("stream '" + info.name() + "' ended during calibration: fewer "
                            + "than " + plan.calibrationTrialsPerClass() + " cued trials per class " + classes);
                }
                summary = done == null ? null : done.summary(stats);
            }
            result = new SessionResult(info.name(), info.sampleRateHz(), stats, summary,
                    plan.decoderName(), interrupted, 0);
        } catch (Exception | Error e) {
            // the first failure is the one to report; an output that then fails to close adds to it
            try {
                closeAll(sinks, listeners);
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        closeAll(sinks, listeners);
        if (recorder != null && recorder.droppedEvents() > 0) {
            result = new SessionResult(result.streamName(), result.sampleRateHz(), result.engine(), result.online(),
                    result.decoderName(), result.interruption(), recorder.droppedEvents());
        }
        plan.reporter().finished(result);
        return result;
    }

    /** Opens the plan's outputs into lists the caller closes whatever happens. */
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
