package org.attend.format;

import java.util.Locale;

/**
 * What a real recording's header can hold, checked by every reader before it trusts a field: sample rates in
 * (0, 100 kHz], data records of at most a day, at least one channel, and digital-to-physical maps whose values
 * are finite in float32 microvolts. A failed check is a {@link RecordingFormatException} naming the field, its
 * value and why; the caller supplies the file and offset through {@link FileCursor#error} or directly.
 */
final class Plausibility {

    /** The highest sample rate Attend reads, Hz (no EEG amplifier samples faster). */
    static final double MAX_RATE_HZ = 100_000;
    /** The longest data record Attend reads, seconds (one day). */
    static final double MAX_RECORD_SECONDS = 86_400;

    private Plausibility() {
    }

    /** Why a sample rate is implausible, or null when it is in [1 / day, {@link #MAX_RATE_HZ}]. */
    static String rate(double hz) {
        if (!(hz > 0) || !Double.isFinite(hz)) {
            return "a sample rate must be positive and finite";
        }
        if (hz < 1 / MAX_RECORD_SECONDS) {
            return "less than one sample a day, which no EEG recording has";
        }
        return hz > MAX_RATE_HZ ? "more than " + (long) MAX_RATE_HZ + " Hz, which no EEG recording has" : null;
    }

    /** Why a data record duration is implausible, or null when it is in (0, {@link #MAX_RECORD_SECONDS}]. */
    static String recordSeconds(double seconds) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            return "a data record must last a positive, finite time";
        }
        return seconds > MAX_RECORD_SECONDS ? "longer than a day" : null;
    }

    /**
     * Why a digital-to-physical map is implausible, or null: every limit finite, and the digital range
     * {@code [lowest, highest]} of the stored type mapped to finite float32 microvolts.
     */
    static String scale(PhysicalScale s, double toMicrovolts, double lowest, double highest) {
        if (!Double.isFinite(s.physicalMin()) || !Double.isFinite(s.physicalMax())
                || !Double.isFinite(s.digitalMin()) || !Double.isFinite(s.digitalMax())) {
            return "physical and digital limits must be finite";
        }
        double gain = s.gain();
        double offset = s.offset();
        for (double d : new double[] {lowest, highest}) {
            double v = (d * gain + offset) * toMicrovolts;
            if (!Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
                return String.format(Locale.ROOT, "physical range [%s, %s] over digital [%s, %s] maps stored "
                        + "values to %s µV, beyond float32", num(s.physicalMin()), num(s.physicalMax()),
                        num(s.digitalMin()), num(s.digitalMax()), num(v));
            }
        }
        return null;
    }

    /**
     * Why declared digital limits are implausible, or null: both must lie in {@code [lowest, highest]}, the
     * values the stored integer type can hold (a limit outside it maps the samples that exist to a sliver of the
     * physical range: a channel read as a constant).
     *
     * @param stored the stored type, for the message (e.g. {@code "EDF's 16-bit samples"})
     */
    static String digitalLimits(PhysicalScale s, double lowest, double highest, String stored) {
        for (double d : new double[] {s.digitalMin(), s.digitalMax()}) {
            if (!(d >= lowest && d <= highest)) {
                return String.format(Locale.ROOT, "digital %s %s lies outside %s..%s, the range of %s",
                        d == s.digitalMin() ? "minimum" : "maximum", num(d), num(lowest), num(highest), stored);
            }
        }
        return null;
    }

    /**
     * What a reader repairs in a digital-to-physical map, as a warning naming the signal, or null: an empty
     * range counts as 1 (as MNE-Python does); a digital minimum above the maximum is read as it maps.
     */
    static String repair(PhysicalScale s, String signal) {
        if (s.digitalMax() == s.digitalMin()) {
            return signal + ": digital range [" + num(s.digitalMin()) + ", " + num(s.digitalMax())
                    + "] is empty; using a range of 1 (as MNE-Python)";
        }
        if (s.physicalMax() == s.physicalMin()) {
            return signal + ": physical range [" + num(s.physicalMin()) + ", " + num(s.physicalMax())
                    + "] is empty; using a range of 1 (as MNE-Python)";
        }
        if (s.digitalMin() > s.digitalMax()) {
            return signal + ": digital minimum " + num(s.digitalMin()) + " is above the maximum "
                    + num(s.digitalMax()) + "; read with the inverted scale it declares";
        }
        return null;
    }

    /** A number as a header would show it: integers without a fraction. */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
