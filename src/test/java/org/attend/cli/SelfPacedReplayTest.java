package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of a false-activation budget: S001's three imagery runs (recordings/eegmmidb) replayed back to
 * back, the first trials calibrating csp-lda with its intent detector and the policy fitted to 1 false activation
 * per minute; the online block then keeps the promise.
 */
class SelfPacedReplayTest {

    /** How far the online rate may lie from the calibration's cross-validated promise, per minute. */
    static final double TOLERANCE_PER_MINUTE = 0.5;

    @Test
    void theOnlineFalseActivationRateIsTheOneCalibrationPromised() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf",
                "recordings/eegmmidb/S001R08.edf", "recordings/eegmmidb/S001R12.edf", "--decoder", "csp-lda",
                "--max-false-per-min", "1", "--speed", "max", "--json");
        assertEquals(0, r.exitCode(), r.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = r.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        JsonNode calibration = lines.stream().filter(l -> l.get("type").asText().equals("calibration")).findFirst()
                .orElseThrow();
        JsonNode summary = lines.get(lines.size() - 1);
        assertEquals("ts-lr", calibration.get("detector").asText());
        assertTrue(calibration.get("budget_met").asBoolean());
        double promised = calibration.get("expected_false_per_min").asDouble();
        double online = summary.get("false_per_min").asDouble();
        assertTrue(promised <= 1.0, "the fitted policy meets the budget in cross-validation: " + promised);
        assertEquals(promised, online, TOLERANCE_PER_MINUTE, "online false activations per minute");
        assertTrue(summary.get("trials_answered").asInt() > 0, "a self-paced session still answers: " + summary);
    }
}
