package org.attend.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Welch's averaged-periodogram PSD, equal to {@code scipy.signal.welch(x, fs, window='hann', nperseg, noverlap,
 * detrend='constant', scaling='density', average='mean', return_onesided=True)} (so {@code nfft = nperseg}).
 * Segments that do not fit entirely are dropped, as in scipy.
 */
public final class Welch {

    private Welch() {
    }

    /**
     * @param x              the signal (µV)
     * @param sampleRateHz   its sampling rate
     * @param segmentLength  samples per segment ({@code nperseg}); at most {@code x.length}
     * @param overlap        samples shared by consecutive segments ({@code noverlap}), {@code 0..segmentLength-1}
     * @return density in µV²/Hz at {@code segmentLength / 2 + 1} frequencies {@code k * fs / segmentLength}
     */
    public static Psd psd(double[] x, double sampleRateHz, int segmentLength, int overlap) {
        check(x.length, sampleRateHz, segmentLength, overlap);
        Finite.require(x, "Welch PSD input");
        double[] window = periodicHann(segmentLength);
        double windowPower = 0;
        for (double w : window) {
            windowPower += w * w;
        }
        double scale = 1.0 / (sampleRateHz * windowPower);
        int bins = segmentLength / 2 + 1;
        int step = segmentLength - overlap;
        int segments = (x.length - overlap) / step;
        DoubleFFT_1D fft = new DoubleFFT_1D(segmentLength);
        double[] spectrum = new double[2 * segmentLength];
        double[] sum = new double[bins];
        for (int seg = 0; seg < segments; seg++) {
            int start = seg * step;
            double mean = 0;
            for (int i = 0; i < segmentLength; i++) {
                mean += x[start + i];
            }
            mean /= segmentLength;
            for (int i = 0; i < segmentLength; i++) {
                spectrum[i] = window[i] * (x[start + i] - mean);
            }
            fft.realForwardFull(spectrum);
            for (int k = 0; k < bins; k++) {
                double re = spectrum[2 * k];
                double im = spectrum[2 * k + 1];
                // One-sided: every bin but DC (and Nyquist, for even lengths) also carries its negative twin.
                boolean unpaired = k == 0 || (segmentLength % 2 == 0 && k == bins - 1);
                sum[k] += (re * re + im * im) * scale * (unpaired ? 1 : 2);
            }
        }
        double[] frequencies = new double[bins];
        double[] density = new double[bins];
        double binWidth = 1.0 / (segmentLength * (1.0 / sampleRateHz));
        for (int k = 0; k < bins; k++) {
            frequencies[k] = k * binWidth;
            density[k] = sum[k] / segments;
        }
        return new Psd(frequencies, density);
    }

    /** The same PSD for float32 samples, computed in double precision. */
    public static Psd psd(float[] x, double sampleRateHz, int segmentLength, int overlap) {
        double[] wide = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            wide[i] = x[i];
        }
        return psd(wide, sampleRateHz, segmentLength, overlap);
    }

    /** scipy's {@code get_window('hann', n)} (periodic), built the way scipy's general_cosine builds it. */
    private static double[] periodicHann(int n) {
        double[] w = new double[n];
        double step = 2 * Math.PI / n;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + 0.5 * Math.cos(i * step - Math.PI);
        }
        return w;
    }

    private static void check(int length, double sampleRateHz, int segmentLength, int overlap) {
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be a positive number of Hz, got " + sampleRateHz);
        }
        if (segmentLength < 1) {
            throw new IllegalArgumentException("Welch segment length must be at least 1 sample, got " + segmentLength);
        }
        if (overlap < 0 || overlap >= segmentLength) {
            throw new IllegalArgumentException("Welch overlap must be 0.." + (segmentLength - 1) + " samples, got "
                    + overlap);
        }
        if (length < segmentLength) {
            throw new IllegalArgumentException("signal of " + length + " samples is shorter than one Welch segment of "
                    + segmentLength + " samples");
        }
    }
}
