package org.attend.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attend.realtime.SessionListener;
import org.attend.stream.Prediction;

/** Prints every window's prediction: a readable line, or a JSON line. */
final class PredictionPrinter implements SessionListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;

    PredictionPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void onPrediction(Prediction p) throws JsonProcessingException {
        if (!json) {
            out.printf(Locale.ROOT, "%9.3f s  (%s p=%.2f)%n", p.sourceTime(), p.bestClass(), p.bestProbability());
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "prediction");
        m.put("source_time", Math.round(p.sourceTime() * 1000) / 1000.0);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int k = 0; k < p.classes().length; k++) {
            probabilities.put(p.classes()[k], Math.round(p.probabilities()[k] * 10000) / 10000.0);
        }
        m.put("probabilities", probabilities);
        m.put("compute_ms", Math.round(p.computeNanos() / 1e3) / 1e3);
        out.println(JSON.writeValueAsString(m));
    }
}
