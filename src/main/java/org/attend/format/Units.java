package org.attend.format;

/** Voltage units as EEG files spell them, and their factor to microvolts. */
final class Units {

    private Units() {
    }

    /** Factor from {@code unit} to microvolts, 1 when it is no voltage unit (the value is kept as it is). */
    static double toMicrovolts(String unit) {
        return switch (normalise(unit)) {
            case "uV" -> 1;
            case "mV" -> 1e3;
            case "V" -> 1e6;
            case "nV" -> 1e-3;
            default -> 1;
        };
    }

    /** Whether {@code unit} is a voltage (nV, µV, mV, V, in the spellings files use). */
    static boolean isVoltage(String unit) {
        return switch (normalise(unit)) {
            case "uV", "mV", "V", "nV" -> true;
            default -> false;
        };
    }

    private static String normalise(String unit) {
        String u = unit.trim();
        // LSL/XDF meta-data spells units out (XDF meta-data specification: "microvolts")
        switch (u.toLowerCase(java.util.Locale.ROOT)) {
            case "microvolts", "microvolt" -> {
                return "uV";
            }
            case "millivolts", "millivolt" -> {
                return "mV";
            }
            case "volts", "volt" -> {
                return "V";
            }
            case "nanovolts", "nanovolt" -> {
                return "nV";
            }
            default -> {
                // not spelled out: the abbreviations below
            }
        }
        // micro sign, Greek mu, and the Shift-JIS mu that some EDF writers leave (as MNE-Python accepts)
        if (u.equals("\u00B5V") || u.equals("\u03BCV") || u.equals("\u0083\u00CAV")) {
            return "uV";
        }
        return u;
    }
}
