package org.attend.nn;

/**
 * Linear-phase FIR band-pass filters by the window method, as {@code scipy.signal.firwin(taps, [low, high],
 * pass_zero=False, window='hamming', scale=True, fs=rateHz)} designs them: the ideal band-pass impulse response
 * (difference of two sinc low-passes) times a Hamming window, scaled to unit gain at the centre of the band.
 */
public final class FirBandpass {

    private FirBandpass() {
    }

    /**
     * The taps of a band-pass from {@code lowHz} to {@code highHz}.
     *
     * @param taps an odd number of taps (a type I filter: its delay is {@code (taps - 1) / 2} samples)
     * @throws IllegalArgumentException for an even or too small tap count, or a band outside (0, Nyquist)
     */
    public static double[] design(double lowHz, double highHz, int taps, double rateHz) {
        double nyquist = rateHz / 2;
        if (taps < 3 || taps % 2 == 0) {
            throw new IllegalArgumentException("a band-pass FIR needs an odd number of taps >= 3, got " + taps);
        }
        if (!(lowHz > 0 && highHz > lowHz && highHz < nyquist)) {
            throw new IllegalArgumentException("FIR band " + lowHz + "-" + highHz + " Hz must lie inside (0, "
                    + nyquist + ") Hz");
        }
        double left = lowHz / nyquist;
        double right = highHz / nyquist;
        double alpha = (taps - 1) / 2.0;
        double[] h = new double[taps];
        for (int n = 0; n < taps; n++) {
            double m = n - alpha;
            double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * n / (taps - 1));
            h[n] = (right * sinc(right * m) - left * sinc(left * m)) * window;
        }
        double centre = (left + right) / 2;
        double gain = 0;
        for (int n = 0; n < taps; n++) {
            gain += h[n] * Math.cos(Math.PI * (n - alpha) * centre);
        }
        for (int n = 0; n < taps; n++) {
            h[n] /= gain;
        }
        return h;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }
}
