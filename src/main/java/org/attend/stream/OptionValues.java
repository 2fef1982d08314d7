package org.attend.stream;

import java.util.Locale;

/**
 * Parses the values of {@code key=value} options (decoder and network options, parameter grids): each
 * failure is one line naming what kind of option it was, its key and its value.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * A whole number.
     *
     * @param kind what the option belongs to, e.g. {@code "decoder option"}
     */
    public static int integer(String kind, String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + " " + key + "=" + value + " is not a whole number");
        }
    }

    /** A finite number. */
    public static double decimal(String kind, String key, String value) {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below, in the same words as a non-finite number
        }
        throw new IllegalArgumentException(kind + " " + key + "=" + value + " is not a finite number");
    }

    /** {@code true/yes/on/1} or {@code false/no/off/0}, in any case. */
    public static boolean bool(String kind, String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(kind + " " + key + "=" + value + " is not true/false");
        };
    }
}
