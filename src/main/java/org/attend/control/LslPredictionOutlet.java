package org.attend.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Prediction;

/**
 * Publishes decoder outputs as an LSL float32 stream: one channel per class (labelled with the class name)
 * holding its probability, irregular rate, stamped on the LSL clock when published.
 */
public final class LslPredictionOutlet implements AutoCloseable {

    private final LslOutlet outlet;
    private final List<String> classes;

    public LslPredictionOutlet(LslBackend backend, String name, List<String> classes) throws IOException {
        this.classes = List.copyOf(classes);
        this.outlet = backend.outlet(LslStreamInfo.create(name, "Predictions", classes.size(), ChannelFormat.FLOAT32,
                0, "attend-predictions-" + name).withChannels(classes, "probability", "Prediction"));
    }

    public LslStreamInfo info() {
        return outlet.info();
    }

    /** Pushes one prediction; its classes must be the ones this outlet was created with, in order. */
    public void publish(Prediction p) {
        if (!Arrays.asList(p.classes()).equals(classes)) {
            throw new IllegalArgumentException("prediction classes " + Arrays.toString(p.classes())
                    + " differ from the stream's " + classes);
        }
        outlet.pushSample(p.probabilities().clone());
    }

    @Override
    public void close() throws IOException {
        outlet.close();
    }
}
