package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The reference summaries of src/test/resources/format/reference.json (made by make_reference.py from
 * MNE-Python, or from an independent numpy decoding where MNE cannot read a file), and the float32-precision
 * comparisons the format tests make against them.
 */
final class ReferenceValues {

    private static final JsonNode ROOT = load();

    private ReferenceValues() {
    }

    static List<String> files() {
        List<String> out = new ArrayList<>();
        ROOT.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static JsonNode of(String file) {
        return ROOT.get(file);
    }

    private static JsonNode load() {
        try (InputStream in = ReferenceValues.class.getResourceAsStream("/format/reference.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} equals {@code expected} to float32 precision (relative 1e-6). */
    static void assertClose(double expected, double actual, String what) {
        double tolerance = 1e-6 * Math.max(Math.abs(expected), 1e-3);
        assertTrue(Math.abs(expected - actual) <= tolerance,
                () -> what + ": expected " + expected + " but was " + actual);
    }

    /** Compares a channel's samples with a summary node {n, sum, sumAbs, first[], last[]}. */
    static void assertSamples(JsonNode summary, float[] samples, String what) {
        assertEquals(summary.get("n").asInt(), samples.length, what + ": sample count");
        double sum = 0;
        for (float v : samples) {
            sum += v;
        }
        double sumAbs = summary.get("sumAbs").asDouble();
        double expectedSum = summary.get("sum").asDouble();
        double finalSum = sum;
        // each float32 sample carries a relative rounding error of at most 2^-24
        assertTrue(Math.abs(expectedSum - sum) <= 1e-6 * sumAbs + 1e-9,
                () -> what + ": sum expected " + expectedSum + " but was " + finalSum);
        Iterator<JsonNode> first = summary.get("first").elements();
        for (int i = 0; first.hasNext(); i++) {
            assertClose(first.next().asDouble(), samples[i], what + " sample " + i);
        }
        JsonNode last = summary.get("last");
        for (int i = 0; i < last.size(); i++) {
            int index = samples.length - last.size() + i;
            assertClose(last.get(i).asDouble(), samples[index], what + " sample " + index);
        }
    }
}
