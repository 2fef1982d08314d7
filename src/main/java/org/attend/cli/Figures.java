package org.attend.cli;

import java.util.Locale;

/** Numbers as a person reads them in a terminal: {@code n/a} where a figure does not exist (no NaN). */
final class Figures {

    private Figures() {
    }

    /** {@code value} with {@code digits} decimals, or {@code n/a} when it is not finite. */
    static String of(double value, int digits) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "f", value) : "n/a";
    }
}
