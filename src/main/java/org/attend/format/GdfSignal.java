package org.attend.format;

/**
 * One signal's header fields in a GDF file.
 *
 * @param label            label
 * @param unit             unit of the scaled values ({@code "uV"} for voltages, else as the file names it)
 * @param toMicrovolts     factor from the physical value to {@code unit} (1 for non-voltage units)
 * @param scale            the digital-to-physical map
 * @param samplesPerRecord samples in each data record; 0 for a non-equidistantly sampled signal, whose
 *                         samples are stored in the event table
 * @param type             GDF data type code (1 int8, 2 uint8, 3 int16, 4 uint16, 5 int32, 6 uint32, 7 int64,
 *                         8 uint64, 16 float32, 17 float64)
 */
record GdfSignal(String label, String unit, double toMicrovolts, PhysicalScale scale, int samplesPerRecord,
                 int type) {

    /** Bytes per value of {@code type}, 0 if Attend does not know it. */
    static int bytes(int type) {
        return switch (type) {
            case 1, 2 -> 1;
            case 3, 4 -> 2;
            case 5, 6, 16 -> 4;
            case 7, 8, 17 -> 8;
            default -> 0;
        };
    }

    /** Whether samples are stored as integers (types 1 to 8), whose range the digital limits must lie in. */
    boolean isInteger() {
        return type >= 1 && type <= 8;
    }

    /** The lowest and highest stored value of {@code type}; for float types, the declared digital limits. */
    double[] range() {
        return switch (type) {
            case 1 -> new double[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case 2 -> new double[] {0, 255};
            case 3 -> new double[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case 4 -> new double[] {0, 65_535};
            case 5 -> new double[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case 6 -> new double[] {0, 4_294_967_295.0};
            case 7 -> new double[] {Long.MIN_VALUE, Long.MAX_VALUE};
            case 8 -> new double[] {0, 18_446_744_073_709_551_615.0};
            default -> new double[] {scale.digitalMin(), scale.digitalMax()};
        };
    }

    /** Name of the type, as a channel format. */
    String typeName() {
        return switch (type) {
            case 1 -> "int8";
            case 2 -> "uint8";
            case 3 -> "int16";
            case 4 -> "uint16";
            case 5 -> "int32";
            case 6 -> "uint32";
            case 7 -> "int64";
            case 8 -> "uint64";
            case 16 -> "float32";
            default -> "float64";
        };
    }

    /**
     * A GDF 2 physical dimension code (biosig units.csv: the upper 11 bits name the unit, the lower 5 a decimal
     * prefix): volts of any prefix become {@code uV} with their factor to microvolts; others keep their value.
     */
    static ScaledUnit unitOfCode(int code) {
        int base = code & 0xFFE0;
        int prefix = code & 0x1F;
        if (base == 4256) {
            double[] exponents = {0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 0, 0, 0, 0, 0, -1, -2, -3, -6, -9, -12,
                -15, -18, -21, -24};
            double exponent = prefix < exponents.length ? exponents[prefix] : 0;
            return new ScaledUnit("uV", Math.pow(10, exponent + 6));
        }
        return new ScaledUnit(code == 0 || code == 512 ? "" : base == 4288 ? "Ohm" : "unit code " + code, 1);
    }

    /**
     * A unit after scaling and the factor that scales to it.
     *
     * @param name         unit of the scaled values
     * @param toMicrovolts factor from the stored physical value
     */
    record ScaledUnit(String name, double toMicrovolts) {
    }
}
