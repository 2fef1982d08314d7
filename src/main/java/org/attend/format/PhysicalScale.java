package org.attend.format;

/**
 * The linear map from stored (digital) values to physical values that EDF, BDF and GDF headers declare by
 * their physical and digital ranges. Degenerate ranges count as 1, as MNE-Python does.
 */
record PhysicalScale(double physicalMin, double physicalMax, double digitalMin, double digitalMax) {

    /** Physical value per digital step. */
    double gain() {
        double digitalRange = digitalMax - digitalMin;
        if (!Double.isFinite(digitalRange) || digitalRange == 0) {
            digitalRange = 1;
        }
        double physicalRange = physicalMax - physicalMin;
        if (physicalRange == 0) {
            physicalRange = 1;
        }
        return physicalRange / digitalRange;
    }

    /** Physical value at digital 0. */
    double offset() {
        return physicalMin - digitalMin * gain();
    }
}
