package org.attend.decode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;
import org.attend.stream.OptionValues;

/**
 * Settings handed to a {@link DecoderFactory} when it creates or loads a decoder: an immutable map of
 * {@code key=value} strings, from {@code --decoder-option key=value}, a parameter grid
 * ({@code attend[lr=1e-3|3e-3]}) or a model card's {@code options}. A factory reads the keys it knows with
 * {@link #integer}, {@link #decimal}, {@link #string}, and rejects the others with {@link #requireOnly}, so a
 * misspelt key is a one-line error rather than silently ignored.
 *
 * <p>A key may name its decoder, {@code attend.epochs=30}: {@link #forDecoder} keeps it (as {@code epochs})
 * only for that decoder, so one command line can set options of several decoders of an evaluation.
 */
public final class DecoderOptions {

    private static final String KIND = "decoder option";
    private static final DecoderOptions NONE = new DecoderOptions(Map.of());

    private final Map<String, String> values;

    private DecoderOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No options: every decoder's defaults. */
    public static DecoderOptions none() {
        return NONE;
    }

    /** These options, in this order. */
    public static DecoderOptions of(Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw new IllegalArgumentException("decoder option '" + e.getKey() + "=" + e.getValue()
                        + "' needs a key and a value");
            }
        }
        return values.isEmpty() ? NONE : new DecoderOptions(values);
    }

    /**
     * Options from {@code key=value} arguments (e.g. {@code --decoder-option} flags); a later key wins.
     *
     * @throws IllegalArgumentException naming the first argument that is not {@code key=value}
     */
    public static DecoderOptions parse(Collection<String> arguments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0 || eq == argument.length() - 1) {
                throw new IllegalArgumentException("decoder option '" + argument + "' is not key=value");
            }
            values.put(argument.substring(0, eq).trim(), argument.substring(eq + 1).trim());
        }
        return of(values);
    }

    /** The options for decoder {@code name}: unprefixed keys, and {@code name.key} as {@code key}. */
    public DecoderOptions forDecoder(String name) {
        Map<String, String> mine = new LinkedHashMap<>();
        String prefix = name + ".";
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                mine.put(e.getKey().substring(prefix.length()), e.getValue());
            } else if (!e.getKey().contains(".")) {
                mine.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return of(mine);
    }

    /** These options with {@code other}'s on top (other wins on a shared key). */
    public DecoderOptions overriddenBy(DecoderOptions other) {
        if (other.values.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return of(merged);
    }

    /** These options with one more. */
    public DecoderOptions with(String key, String value) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.put(key, value);
        return of(merged);
    }

    /** These options without the given keys. */
    public DecoderOptions without(Collection<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        keys.forEach(kept::remove);
        return of(kept);
    }

    /** The options as a map, in the order given. */
    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Fails on any key the decoder does not know.
     *
     * @throws IllegalArgumentException naming the decoder, the unknown keys and the known ones
     */
    public DecoderOptions requireOnly(Set<String> known, String decoder) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("decoder '" + decoder + "' has no option " + String.join(", ", unknown)
                    + (known.isEmpty() ? " (it takes none)" : " (its options: " + String.join(", ", new TreeSet<>(known))
                    + ")"));
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

    /** The options as {@code key=value} arguments, e.g. for a results label. */
    public List<String> toArguments() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecoderOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return String.join(",", toArguments());
    }
}
