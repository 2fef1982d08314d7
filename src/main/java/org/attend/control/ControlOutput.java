package org.attend.control;

import java.io.IOException;
import java.util.Map;
import org.attend.stream.Prediction;

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
     * The stream's health as named, JSON-ready fields (the session maps its stream health onto them; the
     * schema is in docs/control.md); outputs that only carry commands ignore it.
     */
    default void onHealth(Map<String, Object> health) throws IOException {
    }
}
