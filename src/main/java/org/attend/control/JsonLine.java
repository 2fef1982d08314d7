package org.attend.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Writes the plain values of a message shape ({@link CommandJson}, {@link PredictionJson}, {@link HealthJson}) and
 * the other JSON lines the commands print with {@code --json}.
 */
public final class JsonLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLine() {
    }

    /** {@code fields} as one line of JSON, in their order. */
    public static String of(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen for plain values", e);
        }
    }
}
