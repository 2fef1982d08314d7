package org.attend.decode;

import java.util.List;
import java.util.Map;

/**
 * The options a factory was given ({@code name → value} as written, e.g. one setting of a parameter grid
 * {@code attend[lr=1e-3,epochs=40]}), read with their names and values checked.
 *
 * @param decoder the decoder kind, for messages
 * @param values  option name → value as written
 */
public record DecoderOptions(String decoder, Map<String, String> values) {

    public DecoderOptions {
        values = Map.copyOf(values);
    }

    /** Fails with one line naming any option not in {@code known}. */
    public DecoderOptions allow(List<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("decoder '" + decoder + "' has no option '" + key + "'"
                        + (known.isEmpty() ? " (it takes none)" : " (options: " + String.join(", ", known) + ")"));
            }
        }
        return this;
    }

    /** A whole-number option, or {@code fallback} when absent. */
    public int intValue(String key, int fallback) {
        String v = values.get(key);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("decoder '" + decoder + "': option " + key + "=" + v
                    + " is not a whole number");
        }
    }

    /** A decimal option such as {@code 3e-3}, or {@code fallback} when absent. */
    public double doubleValue(String key, double fallback) {
        String v = values.get(key);
        try {
            return v == null ? fallback : Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("decoder '" + decoder + "': option " + key + "=" + v
                    + " is not a number");
        }
    }
}
