package org.attend.realtime;

import java.util.List;
import java.util.Optional;
import org.attend.control.CommandSink;
import org.attend.control.ControlPolicy;
import org.attend.control.PolicyState;
import org.attend.decode.Decoder;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * The online block: sliding windows → decoder → control policy → sinks, scored against the cues that
 * arrive with the stream, until the source ends or {@code durationSeconds} of source time have passed.
 */
public final class DecodingStage implements Stage {

    private final Decoder decoder;
    private final SlidingWindower windower;
    private final ControlPolicy policy;
    private final List<CommandSink> sinks;
    private final List<SessionListener> listeners;
    private final GroundTruthScorer scorer;
    private final double durationSeconds;
    private final LatencyRecorder latency = new LatencyRecorder();
    private double startTime = Double.NaN;
    private double endTime = Double.NaN;
    private int commands;

    /**
     * @param decoder         a trained decoder
     * @param channels        indices of the decoder's channels in the stream, in the decoder's order
     * @param hopSamples      samples between decisions
     * @param durationSeconds source time after which the block ends (infinite for until the source ends)
     */
    public DecodingStage(Decoder decoder, int[] channels, int hopSamples, ControlPolicy policy,
                         List<CommandSink> sinks, List<SessionListener> listeners, GroundTruthScorer scorer,
                         double durationSeconds) {
        this.decoder = decoder;
        this.windower = new SlidingWindower(channels, decoder.contract().windowSamples(), hopSamples);
        this.policy = policy;
        this.sinks = List.copyOf(sinks);
        this.listeners = List.copyOf(listeners);
        this.scorer = scorer;
        this.durationSeconds = durationSeconds;
    }

    @Override
    public boolean accept(AcquiredChunk filtered) throws Exception {
        Chunk chunk = filtered.chunk();
        if (chunk.sampleCount() > 0) {
            if (Double.isNaN(startTime)) {
                startTime = chunk.firstTime();
            }
            endTime = chunk.lastTime();
        }
        for (Marker marker : filtered.markers()) {
            scorer.onMarker(marker);
        }
        for (Window window : windower.push(chunk)) {
            Prediction prediction = decoder.predict(window);
            for (SessionListener listener : listeners) {
                listener.onPrediction(prediction);
            }
            Optional<Command> command = policy.update(prediction);
            if (command.isPresent()) {
                emit(command.get());
            }
            PolicyState state = policy.state(prediction.sourceTime());
            for (SessionListener listener : listeners) {
                listener.onPolicyState(state);
            }
            latency.record(System.nanoTime() - filtered.arrivalNanos());
        }
        return !(endTime - startTime >= durationSeconds);
    }

    @Override
    public void signalLost(double lastSourceTime) throws Exception {
        Optional<Command> stop = policy.failSafe(lastSourceTime);
        if (stop.isPresent()) {
            emit(stop.get());
        }
    }

    private void emit(Command command) throws Exception {
        commands++;
        scorer.onCommand(command);
        for (CommandSink sink : sinks) {
            sink.accept(command);
        }
        for (SessionListener listener : listeners) {
            listener.onCommand(command);
        }
    }

    /** The block's figures, with the engine's sample accounting. */
    public SessionSummary summary(EngineStats stats) {
        double seconds = Double.isNaN(startTime) ? 0 : endTime - startTime;
        double accuracy = scorer.accuracy();
        int scored = scorer.correct() + scorer.wrong();
        double itr = InformationTransferRate.bitsPerMinute(decoder.contract().classes().size(), accuracy, scored,
                seconds);
        return new SessionSummary(accuracy, itr, latency.percentileMillis(50), latency.percentileMillis(99),
                stats.droppedSamples(), stats.lateSamples(), commands, scorer.trials(), scorer.trialsWithCommand(),
                scorer.correct(),
                scorer.falseActivations(), latency.count(), seconds, endTime);
    }
}
