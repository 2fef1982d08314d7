package org.attend.dsp;

/**
 * Offline forward-backward filtering, equal to {@code scipy.signal.sosfiltfilt(sos, x)} with its defaults:
 * {@code padtype='odd'}, {@code padlen = 3 * (2 * sections + 1 - min(#b2==0, #a2==0))}, each pass started from
 * {@code sosfilt_zi} scaled by its first sample. The result has zero phase and the squared magnitude response.
 */
public final class ZeroPhaseFilter {

    private ZeroPhaseFilter() {
    }

    /**
     * Filters one signal forward and backward.
     *
     * @return a new array of the same length
     * @throws IllegalArgumentException if {@code x} is not longer than the padding (see {@link #padLength(Sos)}) or
     *                                  holds a NaN or infinite sample
     */
    public static double[] apply(Sos sos, double[] x) {
        Finite.require(x, "zero-phase filter input");
        int edge = padLength(sos);
        if (x.length <= edge) {
            throw new IllegalArgumentException("signal of " + x.length + " samples is too short for zero-phase "
                    + "filtering with " + sos.sectionCount() + " sections: it must be longer than the padding of "
                    + edge + " samples");
        }
        int n = x.length;
        // Odd extension: point-reflect the signal about its end samples, like scipy's odd_ext.
        double[] ext = new double[n + 2 * edge];
        for (int i = 0; i < edge; i++) {
            ext[i] = 2 * x[0] - x[edge - i];
            ext[n + edge + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, edge, n);

        SosKernel.filter(sos, ext, ext.length, SosKernel.steadyState(sos, ext[0]));
        reverse(ext);
        SosKernel.filter(sos, ext, ext.length, SosKernel.steadyState(sos, ext[0]));
        reverse(ext);
        double[] y = new double[n];
        System.arraycopy(ext, edge, y, 0, n);
        return y;
    }

    /** Filters each channel of {@code [channel][sample]} data; returns new arrays (computed in double precision). */
    public static float[][] apply(Sos sos, float[][] data) {
        Finite.require(data, "zero-phase filter input");
        float[][] out = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            double[] x = new double[data[c].length];
            for (int i = 0; i < x.length; i++) {
                x[i] = data[c][i];
            }
            double[] y = apply(sos, x);
            out[c] = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                out[c][i] = (float) y[i];
            }
        }
        return out;
    }

    /** scipy's default pad length: three times the number of taps, first-order sections counting one less. */
    public static int padLength(Sos sos) {
        int zeroB2 = 0;
        int zeroA2 = 0;
        for (int s = 0; s < sos.sectionCount(); s++) {
            zeroB2 += sos.coefficient(s, 2) == 0 ? 1 : 0;
            zeroA2 += sos.coefficient(s, 5) == 0 ? 1 : 0;
        }
        return 3 * (2 * sos.sectionCount() + 1 - Math.min(zeroB2, zeroA2));
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
