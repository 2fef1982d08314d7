package org.attend.decode;

/**
 * Wolpaw's information transfer rate of a selection interface: the one formula, used by online sessions and by
 * offline evaluation alike.
 */
public final class InformationTransferRate {

    private InformationTransferRate() {
    }

    /**
     * Bits per selection for {@code classes} equiprobable choices chosen with accuracy {@code p}; zero at
     * or below chance.
     */
    public static double bitsPerSelection(int classes, double p) {
        if (classes < 2 || Double.isNaN(p) || p <= 1.0 / classes) {
            return 0;
        }
        double bits = log2(classes) + p * log2(p);
        if (p < 1) {
            bits += (1 - p) * log2((1 - p) / (classes - 1));
        }
        return bits;
    }

    /** Bits per minute for {@code selections} made in {@code seconds}. */
    public static double bitsPerMinute(int classes, double p, int selections, double seconds) {
        if (selections == 0 || !(seconds > 0)) {
            return 0;
        }
        return bitsPerSelection(classes, p) * selections * 60.0 / seconds;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
