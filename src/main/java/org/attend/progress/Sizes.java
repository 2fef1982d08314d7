package org.attend.progress;

import java.util.Locale;

/** Sizes of files and data as a person reads them, in one style for every message. */
public final class Sizes {

    private Sizes() {
    }

    /** {@code 12.3 kB}, {@code 4.5 MB}, {@code 6.7 GB}, or {@code more than an exabyte}. */
    public static String of(double bytes) {
        if (!(bytes < 1e18)) {
            return "more than an exabyte";
        }
        return bytes < 1e6 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : bytes < 1e9 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
