package org.attend.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attend.control.ControlPolicy;
import org.attend.control.SelfPacedScore;
import org.attend.decode.Decoder;
import org.attend.decode.InformationTransferRate;
import org.attend.dsp.ChannelQuality;
import org.attend.dsp.SignalQuality;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * The online block: sliding windows → decoder → control policy → outputs, scored against the cues that
 * arrive with the stream, until the source ends or {@code durationSeconds} of source time have passed. While a
 * decoder channel is flat or railed in the raw window, no command is sent and the reason is reported.
 */
final class DecodingStage implements Stage {

    /** Windows of noise decoded before the first real one (JIT, the engine's first calls): see {@link Decoder#warmUp}. */
    static final int WARM_UP_WINDOWS = 50;

    private final Decoder decoder;
    private final SlidingWindower windower;
    private final SlidingWindower rawWindower;
    private final List<String> channelLabels;
    private final SignalQuality quality;
    private final ControlPolicy policy;
    private final CommandOutputs outputs;
    private final List<SessionListener> listeners;
    private final List<String> commandClasses;
    private final double trialSeconds;
    private final List<Marker> cues = new ArrayList<>();
    private final List<Command> sent = new ArrayList<>();
    private final double durationSeconds;
    private final LatencyRecorder latency;
    private double startTime = Double.NaN;
    private double endTime = Double.NaN;
    private int commands;
    private int heldWindows;
    private final long warmUpNanos;

    /**
     * @param decoder         a trained decoder
     * @param channels        indices of the decoder's channels in the stream, in the decoder's order
     * @param hopSamples      samples between decisions
     * @param quality         checks the raw window before a command; null for no gate
     * @param commandClasses  the classes whose cues are trials; commands are scored against them
     * @param trialSeconds    how long after its cue a trial lasts
     * @param durationSeconds source time after which the block ends (infinite for until the source ends)
     * @param latency         where each decision's latency is recorded (chunk arrival → policy decision)
     */
    DecodingStage(Decoder decoder, int[] channels, int hopSamples, SignalQuality quality, ControlPolicy policy,
                  CommandOutputs outputs, List<SessionListener> listeners, List<String> commandClasses,
                  double trialSeconds, double durationSeconds, LatencyRecorder latency) {
        this.decoder = decoder;
        this.windower = new SlidingWindower(channels, decoder.contract().windowSamples(), hopSamples);
        this.rawWindower = quality == null ? null
                : new SlidingWindower(channels, decoder.contract().windowSamples(), hopSamples);
        this.channelLabels = decoder.contract().channels();
        this.quality = quality;
        this.policy = policy;
        this.outputs = outputs;
        this.listeners = List.copyOf(listeners);
        this.commandClasses = List.copyOf(commandClasses);
        this.trialSeconds = trialSeconds;
        this.durationSeconds = durationSeconds;
        this.latency = latency;
        // before the first sample counts: the first real windows would otherwise pay for compilation
        long start = System.nanoTime();
        decoder.warmUp(WARM_UP_WINDOWS);
        this.warmUpNanos = System.nanoTime() - start;
    }

    @Override
    public boolean accept(AcquiredChunk filtered, Chunk raw) throws Exception {
        Chunk chunk = filtered.chunk();
        if (chunk.sampleCount() > 0) {
            if (Double.isNaN(startTime)) {
                startTime = chunk.firstTime();
            }
            endTime = chunk.lastTime();
        }
        for (Marker marker : filtered.markers()) {
            if (commandClasses.contains(marker.label())) {
                cues.add(marker);
            }
        }
        List<Window> windows = windower.push(chunk);
        List<Window> rawWindows = rawWindower == null ? List.of() : rawWindower.push(raw);
        for (int w = 0; w < windows.size(); w++) {
            Prediction prediction = decoder.predict(windows.get(w));
            for (SessionListener listener : listeners) {
                listener.onPrediction(prediction);
            }
            String held = rawWindower == null ? null : heldReason(rawWindows.get(w));
            Optional<Command> command;
            if (held != null) {
                heldWindows++;
                policy.reset();
                command = Optional.empty();
            } else {
                command = policy.update(prediction);
            }
            latency.record(System.nanoTime() - filtered.arrivalNanos()); // to the decision, not through sinks
            if (command.isPresent()) {
                emit(command.get(), filtered.arrivalNanos());
            }
            for (SessionListener listener : listeners) {
                listener.onPolicyState(policy.state(prediction.sourceTime(), held));
            }
        }
        return !(endTime - startTime >= durationSeconds);
    }

    /** Why the window's raw signal holds commands back (e.g. "C3 flat, C4 railed"), null when it does not. */
    private String heldReason(Window raw) {
        List<String> bad = new ArrayList<>();
        for (ChannelQuality q : quality.assess(raw.data(), channelLabels)) {
            if (q.verdict().blocksCommands()) {
                bad.add(q.label() + " " + q.verdict().name().toLowerCase(Locale.ROOT));
            }
        }
        return bad.isEmpty() ? null : String.join(", ", bad);
    }

    @Override
    public void streamStale(double lastSourceTime) {
        policy.reset();
    }

    @Override
    public void restartAfterGap() {
        windower.reset();
        if (rawWindower != null) {
            rawWindower.reset();
        }
    }

    private void emit(Command command, long arrivalNanos) throws Exception {
        if (!outputs.send(command, arrivalNanos)) {
            return; // a fail-safe stop came after its samples arrived: they are from before the gap
        }
        commands++;
        sent.add(command);
        for (SessionListener listener : listeners) {
            listener.onCommand(command);
        }
    }

    /** The block's figures ({@link SelfPacedScore} against the cues that arrived), with the engine's accounting. */
    SessionSummary summary(EngineStats stats) {
        double start = Double.isNaN(startTime) ? 0 : startTime;
        double end = Double.isNaN(endTime) ? start : endTime;
        SelfPacedScore score = new SelfPacedScore(new CueTimeline(cues, trialSeconds, start, end),
                decoder.contract().windowSeconds() / 2, commandClasses);
        sent.forEach(c -> score.onCommand(c.name(), c.sourceTime()));
        SelfPacedScore.Result r = score.result();
        double itr = InformationTransferRate.bitsPerMinute(commandClasses.size(), r.correctShare(),
                r.correct() + r.wrong(), end - start);
        return new SessionSummary(r, itr, latency.percentileMillis(50), latency.percentileMillis(99),
                warmUpNanos / 1e6, stats.droppedSamples(), stats.lateSamples(), commands, latency.count(),
                heldWindows, stats.signalLosses(), endTime);
    }
}
