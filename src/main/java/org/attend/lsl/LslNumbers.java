package org.attend.lsl;

import java.util.Locale;

/** Number formatting as liblsl writes it on the wire ("C" locale, 16 significant digits). */
final class LslNumbers {

    private LslNumbers() {
    }

    /** Like C++ {@code setprecision(16) << showpoint}: {@code 250.0000000000000}, as in the info XML. */
    static String showPoint16(double v) {
        return String.format(Locale.ROOT, "%.16g", v);
    }

    /** Like C++ {@code setprecision(16)} without showpoint: trailing zeros dropped, as in timedata replies. */
    static String plain16(double v) {
        String s = showPoint16(v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + exponent;
    }
}
