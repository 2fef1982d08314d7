package org.attend.format;

import java.util.Locale;

/**
 * One signal's header fields in an EDF/BDF file.
 *
 * @param label            label as stored (trimmed)
 * @param transducer       transducer type
 * @param physicalDimension unit as stored, e.g. {@code "uV"}
 * @param physicalMin      physical minimum
 * @param physicalMax      physical maximum
 * @param digitalMin       digital minimum
 * @param digitalMax       digital maximum
 * @param prefiltering     prefiltering text
 * @param samplesPerRecord samples of this signal in each data record
 */
record EdfSignal(String label, String transducer, String physicalDimension, double physicalMin,
                 double physicalMax, double digitalMin, double digitalMax, String prefiltering,
                 int samplesPerRecord) {

    /** Whether this signal carries EDF+/BDF+ annotations (TALs) rather than samples. */
    boolean isAnnotation() {
        return label.equals("EDF Annotations") || label.equals("BDF Annotations");
    }

    /** Whether MNE-Python would treat it as a stim channel (label {@code Status} or {@code Trigger}). */
    boolean isStim() {
        String l = label.toLowerCase(Locale.ROOT);
        return l.equals("status") || l.equals("trigger");
    }

    /** The digital-to-physical map of this signal. */
    PhysicalScale scale() {
        return new PhysicalScale(physicalMin, physicalMax, digitalMin, digitalMax);
    }

    /** Factor from this signal's physical unit to microvolts; 1 for non-voltage units (kept as they are). */
    double toMicrovolts() {
        return Units.toMicrovolts(physicalDimension);
    }

    /** Unit of the scaled values: {@code "uV"} for a voltage, the stored unit otherwise. */
    String scaledUnit() {
        return Units.isVoltage(physicalDimension) ? "uV" : physicalDimension;
    }
}
