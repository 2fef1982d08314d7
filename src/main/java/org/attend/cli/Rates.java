package org.attend.cli;

/** Sample rates as every command prints them: {@code 160}, {@code 250.5}, or {@code irregular}. */
final class Rates {

    /** The word for a stream without a regular sample rate (markers, events), in every command. */
    static final String IRREGULAR = "irregular";

    private Rates() {
    }

    /** {@code rateHz} without a needless fraction, or {@link #IRREGULAR} when it is not positive. */
    static String hz(double rateHz) {
        if (!(rateHz > 0) || !Double.isFinite(rateHz)) {
            return IRREGULAR;
        }
        return rateHz == Math.rint(rateHz) ? Long.toString((long) rateHz) : Double.toString(rateHz);
    }

    /** {@code 160 Hz}, or {@code irregular}. */
    static String withUnit(double rateHz) {
        String hz = hz(rateHz);
        return hz.equals(IRREGULAR) ? hz : hz + " Hz";
    }
}
