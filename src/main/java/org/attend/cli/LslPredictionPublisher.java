package org.attend.cli;

import java.io.IOException;
import org.attend.control.LslPredictionOutlet;
import org.attend.realtime.SessionListener;
import org.attend.stream.Prediction;

/** Publishes every window's prediction on an LSL outlet, for other LSL applications to react to. */
final class LslPredictionPublisher implements SessionListener {

    private final LslPredictionOutlet outlet;

    LslPredictionPublisher(LslPredictionOutlet outlet) {
        this.outlet = outlet;
    }

    @Override
    public void onPrediction(Prediction prediction) {
        outlet.publish(prediction);
    }

    @Override
    public void close() throws IOException {
        outlet.close();
    }
}
