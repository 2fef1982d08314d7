package org.attend.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable {@code key=value} settings, in the order given, with typed getters whose errors are one line naming the
 * kind of setting and the key ({@link OptionValues}): what decoders and networks read their options from.
 */
public abstract class TypedOptions {

    private final String kind;
    private final Map<String, String> values;

    /**
     * @param kind what a setting is called in messages, e.g. {@code "decoder option"}
     */
    protected TypedOptions(String kind, Map<String, String> values) {
        this.kind = kind;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The options as a map, in the order given. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A string option, or {@code fallback}. */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** A whole-number option, or {@code fallback}. */
    public int integer(String key, int fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.integer(kind, key, v);
    }

    /** A number option, or {@code fallback}. */
    public double decimal(String key, double fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.decimal(kind, key, v);
    }

    /** A true/false option, or {@code fallback}. */
    public boolean bool(String key, boolean fallback) {
        String v = values.get(key);
        return v == null ? fallback : OptionValues.bool(kind, key, v);
    }

    /**
     * Fails on any key not in {@code known}.
     *
     * @param owner who takes these options, for the message, e.g. {@code "decoder 'csp-lda'"}
     * @throws IllegalArgumentException naming the owner, the unknown keys and the known ones
     */
    protected void requireKnown(Set<String> known, String owner) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(owner + " has no option " + String.join(", ", unknown)
                    + (known.isEmpty() ? " (it takes none)" : " (its options: " + String.join(", ", new TreeSet<>(known))
                    + ")"));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && values.equals(((TypedOptions) o).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
