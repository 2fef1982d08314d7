package org.attend.decode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attend.stream.TypedOptions;

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
public final class DecoderOptions extends TypedOptions {

    private static final DecoderOptions NONE = new DecoderOptions(Map.of());

    private DecoderOptions(Map<String, String> values) {
        super("decoder option", values);
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
        for (Map.Entry<String, String> e : asMap().entrySet()) {
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
        if (other.asMap().isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(asMap());
        merged.putAll(other.asMap());
        return of(merged);
    }

    /** These options with one more. */
    public DecoderOptions with(String key, String value) {
        Map<String, String> merged = new LinkedHashMap<>(asMap());
        merged.put(key, value);
        return of(merged);
    }

    /** These options without the given keys. */
    public DecoderOptions without(Collection<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>(asMap());
        keys.forEach(kept::remove);
        return of(kept);
    }

    public boolean isEmpty() {
        return asMap().isEmpty();
    }

    public boolean has(String key) {
        return asMap().containsKey(key);
    }

    /**
     * Fails on any key the decoder does not know.
     *
     * @throws IllegalArgumentException naming the decoder, the unknown keys and the known ones
     */
    public DecoderOptions requireOnly(Set<String> known, String decoder) {
        requireKnown(known, "decoder '" + decoder + "'");
        return this;
    }

    /** The options as {@code key=value} arguments, e.g. for a results label. */
    public List<String> toArguments() {
        return asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    public String toString() {
        return String.join(",", toArguments());
    }
}
