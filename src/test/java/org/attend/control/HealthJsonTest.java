package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.junit.jupiter.api.Test;

class HealthJsonTest {

    @Test
    void healthFieldsRoundAndTurnUnknownsIntoNull() {
        Map<String, Object> f = HealthJson.fields(new StreamHealth("EEG", StreamState.STALE, 12.34567, 3,
                1, 4.567, Double.NaN, Double.NaN));
        assertEquals("stale", f.get("state"));
        assertEquals(12.346, (Double) f.get("last_sample_time"), 1e-12);
        assertEquals(4.57, (Double) f.get("latency_ms_p50"), 1e-12);
        assertEquals(null, f.get("latency_ms_p99"));
        assertEquals(3L, f.get("dropped_samples"));
    }

    @Test
    void theMessageIsTheTypeThenTheFieldsInTheDocumentedOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(HealthJson.of(new StreamHealth("EEG", StreamState.RECOVERED,
                1.5, 0, 2, 3.0, 4.0, 0.25)));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("type", "stream", "state", "last_sample_time", "dropped_samples", "late_samples",
                "latency_ms_p50", "latency_ms_p99", "clock_offset_s"), names);
        assertEquals("health", json.get("type").asText());
        assertEquals("recovered", json.get("state").asText());
        assertEquals(0.25, json.get("clock_offset_s").asDouble());
    }
}
