package org.attend.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.stream.Prediction;

/** The JSON form of a prediction, for outputs that speak JSON. */
public final class PredictionJson {

    private PredictionJson() {
    }

    /** {@code {"type":"prediction","source_time":…,"probabilities":{class:p,…},"compute_ms":…}}. */
    public static String of(Prediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "prediction");
        m.put("source_time", Math.round(p.sourceTime() * 1000) / 1000.0);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int k = 0; k < p.classes().length; k++) {
            probabilities.put(p.classes()[k], Math.round(p.probabilities()[k] * 10000) / 10000.0);
        }
        m.put("probabilities", probabilities);
        m.put("compute_ms", Math.round(p.computeNanos() / 1e3) / 1e3);
        return JsonLine.of(m);
    }
}
