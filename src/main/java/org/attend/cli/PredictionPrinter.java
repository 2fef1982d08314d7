package org.attend.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attend.control.PredictionJson;
import org.attend.realtime.SessionListener;
import org.attend.stream.Prediction;

/** Prints every window's prediction: a readable line, or a JSON line. */
final class PredictionPrinter implements SessionListener {

    private final PrintWriter out;
    private final boolean json;

    PredictionPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void onPrediction(Prediction p) {
        if (!json) {
            out.printf(Locale.ROOT, "%9.3f s  (%s p=%.2f)%n", p.sourceTime(), p.bestClass(), p.bestProbability());
            return;
        }
        out.println(PredictionJson.of(p));
    }
}
