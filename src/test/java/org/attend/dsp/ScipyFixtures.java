package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads dsp/scipy_fixtures.json (written by make_fixtures.py) and compares arrays against it. */
final class ScipyFixtures {

    private static final JsonNode ROOT = load();

    private ScipyFixtures() {
    }

    static JsonNode get(String key) {
        return ROOT.get(key);
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    static double[][] matrix(JsonNode rows) {
        double[][] values = new double[rows.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = doubles(rows.get(i));
        }
        return values;
    }

    /** Element-wise {@code |actual - expected| <= tolerance * max(1, |expected|)}. */
    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double allowed = tolerance * Math.max(1, Math.abs(expected[i]));
            assertTrue(Math.abs(actual[i] - expected[i]) <= allowed,
                    what + "[" + i + "]: expected " + expected[i] + " got " + actual[i]);
        }
    }

    /** Element-wise {@code |actual - expected| <= tolerance * max|expected|} (relative to the signal's scale). */
    static void assertCloseToScale(double[] expected, float[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(actual[i] - expected[i]) <= tolerance * scale,
                    what + "[" + i + "]: expected " + expected[i] + " got " + actual[i] + " (scale " + scale + ")");
        }
    }

    private static JsonNode load() {
        try (InputStream in = ScipyFixtures.class.getResourceAsStream("/dsp/scipy_fixtures.json")) {
            if (in == null) {
                throw new IllegalStateException("dsp/scipy_fixtures.json missing from test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
