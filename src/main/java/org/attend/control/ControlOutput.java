package org.attend.control;

import java.io.IOException;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;

/**
 * An output devices listen on (OSC, WebSocket, a serial line, key presses, LSL): a {@link CommandSink} that
 * receives every command the policy emits, {@code stop} included, and may also see every window's
 * prediction and the stream's health. Like sinks, outputs are called from the decoding thread and must not
 * block it for long.
 */
public interface ControlOutput extends CommandSink {

    /** One window's class probabilities; outputs that only carry commands ignore it. */
    default void onPrediction(Prediction prediction) throws IOException {
    }

    /**
     * The stream's health, on every change of state and about once a second ({@link HealthJson} is its JSON
     * form); outputs that only carry commands ignore it.
     */
    default void onHealth(StreamHealth health) throws IOException {
    }
}
