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

    /**
     * Physical value per digital step; 1 when the header's ranges are degenerate (as MNE-Python does).
     */
    double gain() {
        double physicalRange = physicalMax - physicalMin;
        double digitalRange = digitalMax - digitalMin;
        if (!Double.isFinite(digitalRange) || digitalRange == 0) {
            digitalRange = 1;
        }
        if (physicalRange == 0) {
            physicalRange = 1;
        }
        return physicalRange / digitalRange;
    }

    /** Physical value at digital 0. */
    double offset() {
        return physicalMin - digitalMin * gain();
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
