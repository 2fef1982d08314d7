package org.attend.realtime;

import java.util.List;
import org.attend.control.PolicyState;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import java.io.IOException;
import org.attend.stream.StreamHealth;

/**
 * Observes a session from the processing thread: the recorder writes everything to XDF, the dashboard
 * draws it. Implementations must be quick or hand work to their own thread.
 */
public interface SessionListener extends AutoCloseable {

    /** Raw samples as acquired (before filtering) and the markers up to them. */
    default void onChunk(Chunk raw, List<Marker> markers) throws Exception {
    }

    default void onPrediction(Prediction prediction) throws Exception {
    }

    default void onCommand(Command command) throws Exception {
    }

    /** The policy's state after each prediction (dwell progress, threshold, why commands are held). */
    default void onPolicyState(PolicyState state) throws Exception {
    }

    /** The stream's health, on every state change and about once a second. */
    default void onHealth(StreamHealth health) throws Exception {
    }

    @Override
    default void close() throws IOException {
    }
}
