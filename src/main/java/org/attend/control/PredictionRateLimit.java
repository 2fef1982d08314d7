package org.attend.control;

import java.io.IOException;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.Ticker;

/**
 * Passes at most {@code maxPerSecond} predictions a second on to an output, dropping the ones in between
 * (a receiver wants the newest probabilities, not a backlog); commands and health always pass. The rate is
 * wall-clock, so that a replay at {@code --speed max} cannot flood a game or a microcontroller.
 */
public final class PredictionRateLimit implements ControlOutput {

    private final ControlOutput output;
    private final long minIntervalNanos;
    private final Ticker ticker;
    private long lastSentNanos;
    private boolean sentAny;
    private long dropped;

    /** Limits {@code output} to {@code maxPerSecond} predictions a second of wall time. */
    public PredictionRateLimit(ControlOutput output, double maxPerSecond) {
        this(output, maxPerSecond, Ticker.SYSTEM);
    }

    /** As above, on {@code ticker}'s clock. */
    public PredictionRateLimit(ControlOutput output, double maxPerSecond, Ticker ticker) {
        if (!(maxPerSecond > 0) || Double.isInfinite(maxPerSecond)) {
            throw new IllegalArgumentException("prediction rate must be a positive number of messages per "
                    + "second, got " + maxPerSecond);
        }
        this.output = output;
        this.minIntervalNanos = Math.round(1e9 / maxPerSecond);
        this.ticker = ticker;
    }

    @Override
    public void accept(Command command) throws IOException {
        output.accept(command);
    }

    @Override
    public void onPrediction(Prediction prediction) throws IOException {
        long now = ticker.nanos();
        if (sentAny && now - lastSentNanos < minIntervalNanos) {
            dropped++;
            return;
        }
        sentAny = true;
        lastSentNanos = now;
        output.onPrediction(prediction);
    }

    @Override
    public void onHealth(StreamHealth health) throws IOException {
        output.onHealth(health);
    }

    /** Predictions held back so far. */
    public long droppedPredictions() {
        return dropped;
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}
