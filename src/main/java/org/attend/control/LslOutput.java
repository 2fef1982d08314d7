package org.attend.control;

import java.io.IOException;
import java.util.List;
import org.attend.lsl.LslBackend;
import org.attend.stream.Command;
import org.attend.stream.Prediction;

/**
 * Commands as an LSL marker stream ({@link LslMarkerSink}) and predictions as an LSL probability stream
 * ({@link LslPredictionOutlet}), for other LSL applications and recorders.
 */
public final class LslOutput implements ControlOutput {

    private final LslMarkerSink commands;
    private final LslPredictionOutlet predictions;

    /** Opens both streams on {@code backend}: {@code commandsName} for markers, {@code predictionsName} for classes. */
    public LslOutput(LslBackend backend, String commandsName, String predictionsName, List<String> classes)
            throws IOException {
        this.commands = new LslMarkerSink(backend, commandsName);
        try {
            this.predictions = new LslPredictionOutlet(backend, predictionsName, classes);
        } catch (IOException | RuntimeException e) {
            commands.close();
            throw e;
        }
    }

    @Override
    public void accept(Command command) {
        commands.accept(command);
    }

    @Override
    public void onPrediction(Prediction prediction) {
        predictions.publish(prediction);
    }

    @Override
    public void close() throws IOException {
        try {
            commands.close();
        } finally {
            predictions.close();
        }
    }
}
