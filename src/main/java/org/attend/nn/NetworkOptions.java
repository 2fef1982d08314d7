package org.attend.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attend.stream.OptionValues;

/**
 * The options of one network ({@code attend[net=fbnet,filters=8]} gives {@code filters=8} to {@code fbnet}):
 * immutable {@code key=value} strings with typed getters whose errors are one line.
 */
public final class NetworkOptions {

    private static final String KIND = "network option";

    private final Map<String, String> values;

    private NetworkOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** These options, in this order. */
    public static NetworkOptions of(Map<String, String> values) {
        return new NetworkOptions(values);
    }

    /** No options: the network's defaults. */
    public static NetworkOptions none() {
        return new NetworkOptions(Map.of());
    }

    /** The options as a map, in the order given. */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Fails on any key the network does not know.
     *
     * @throws IllegalArgumentException naming the network, the unknown keys and the known ones
     */
    public NetworkOptions requireOnly(Set<String> known, String network) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("network '" + network + "' has no option " + String.join(", ", unknown)
                    + " (its options: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
        return this;
    }

    /** A string option, or {@code fallback}. */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** A whole-number option, or {@code fallback}. */
    public int integer(String key, int fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.integer(KIND, key, v);
    }

    /** A number option, or {@code fallback}. */
    public double decimal(String key, double fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.decimal(KIND, key, v);
    }

    /** A true/false option, or {@code fallback}. */
    public boolean bool(String key, boolean fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.bool(KIND, key, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
