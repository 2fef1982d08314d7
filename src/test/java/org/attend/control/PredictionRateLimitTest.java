package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

class PredictionRateLimitTest {

    /** Records what reaches it. */
    static final class Recorder implements ControlOutput {
        final List<String> seen = new ArrayList<>();

        @Override
        public void accept(Command command) {
            seen.add("command " + command.name());
        }

        @Override
        public void onPrediction(Prediction prediction) {
            seen.add("prediction " + prediction.sourceTime());
        }

        @Override
        public void onHealth(StreamHealth health) {
            seen.add("health " + health.state());
        }
    }

    @Test
    void atMostNPredictionsASecondWhileCommandsAndHealthAllPass() throws Exception {
        FakeTicker clock = new FakeTicker(0);
        Recorder recorder = new Recorder();
        PredictionRateLimit limited = new PredictionRateLimit(recorder, 10, clock);
        long[] arrivalsMs = {0, 50, 99, 100, 150, 199, 250, 251, 400};
        long previous = 0;
        for (long ms : arrivalsMs) {
            clock.advanceMillis(ms - previous);
            previous = ms;
            limited.onPrediction(prediction(ms / 1000.0));
            if (ms == 50 || ms == 150) {
                limited.accept(new Command("left", 0.9f, ms / 1000.0, 0));
            }
        }
        limited.onHealth(new StreamHealth("EEG", StreamState.STALE, 0.4, 0, 0, Double.NaN, Double.NaN, Double.NaN));
        // 100 ms apart at 10/s, measured from the last one passed on: 0, 100, 250 (150 and 199 are too soon
        // after 100), 400
        assertEquals(List.of("prediction 0.0", "command left", "prediction 0.1", "command left",
                "prediction 0.25", "prediction 0.4", "health STALE"), recorder.seen);
        assertEquals(5, limited.droppedPredictions());
    }

    @Test
    void rateMustBePositive() {
        Recorder recorder = new Recorder();
        assertThrows(IllegalArgumentException.class, () -> new PredictionRateLimit(recorder, 0));
        assertThrows(IllegalArgumentException.class, () -> new PredictionRateLimit(recorder, Double.NaN));
    }

    private static Prediction prediction(double sourceTime) {
        return new Prediction(new String[] {"left", "right"}, new float[] {0.5f, 0.5f}, null, sourceTime, 0);
    }
}
