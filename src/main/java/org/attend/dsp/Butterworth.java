package org.attend.dsp;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;

/**
 * Digital Butterworth filter design as second-order sections. Each method equals
 * {@code scipy.signal.butter(order, Wn, btype, fs=sampleRateHz, output='sos')}: the analog prototype is
 * frequency-transformed at pre-warped cutoffs, mapped with the bilinear transform and split into sections with
 * scipy's {@code zpk2sos} pairing, so coefficient arrays match scipy's row for row.
 *
 * <p>A band-pass or band-stop of order {@code n} has {@code 2n} poles (scipy's convention).
 */
public final class Butterworth {

    /** Highest order accepted; beyond this the design is numerically meaningless for EEG work. */
    public static final int MAX_ORDER = 20;

    private Butterworth() {
    }

    /** Low-pass with −3 dB at {@code cutoffHz}: {@code butter(order, cutoffHz, 'lowpass', fs=..., output='sos')}. */
    public static Sos lowpass(int order, double cutoffHz, double sampleRateHz) {
        check(order, sampleRateHz, cutoffHz);
        return design(prototype(order).lowpassToLowpass(prewarp(cutoffHz, sampleRateHz)));
    }

    /** High-pass with −3 dB at {@code cutoffHz}: {@code butter(order, cutoffHz, 'highpass', fs=..., output='sos')}.
     */
    public static Sos highpass(int order, double cutoffHz, double sampleRateHz) {
        check(order, sampleRateHz, cutoffHz);
        return design(prototype(order).lowpassToHighpass(prewarp(cutoffHz, sampleRateHz)));
    }

    /** Band-pass between {@code lowHz} and {@code highHz}: {@code butter(order, [low, high], 'bandpass', ...)}. */
    public static Sos bandpass(int order, double lowHz, double highHz, double sampleRateHz) {
        check(order, sampleRateHz, lowHz, highHz);
        double low = prewarp(lowHz, sampleRateHz);
        double high = prewarp(highHz, sampleRateHz);
        return design(prototype(order).lowpassToBandpass(Math.sqrt(low * high), high - low));
    }

    /** Band-stop between {@code lowHz} and {@code highHz}: {@code butter(order, [low, high], 'bandstop', ...)}. */
    public static Sos bandstop(int order, double lowHz, double highHz, double sampleRateHz) {
        check(order, sampleRateHz, lowHz, highHz);
        double low = prewarp(lowHz, sampleRateHz);
        double high = prewarp(highHz, sampleRateHz);
        return design(prototype(order).lowpassToBandstop(Math.sqrt(low * high), high - low));
    }

    /** Bilinear transform at scipy's normalised rate (fs = 2), then scipy's section pairing. */
    private static Sos design(Zpk analog) {
        return ZpkToSos.nearest(analog.bilinear(2.0));
    }

    /** {@code buttap(order)}: poles evenly spaced on the left unit half-circle, the middle one exactly real. */
    private static Zpk prototype(int order) {
        List<Complex_F64> poles = new ArrayList<>();
        for (int m = -order + 1; m < order; m += 2) {
            double theta = Math.PI * m / (2.0 * order);
            poles.add(new Complex_F64(-Math.cos(theta), -Math.sin(theta)));
        }
        return new Zpk(List.of(), poles, 1);
    }

    /** scipy's pre-warping: {@code 2 * fs * tan(pi * Wn / fs)} with {@code Wn = 2 f / fs_Hz} and {@code fs = 2}. */
    private static double prewarp(double frequencyHz, double sampleRateHz) {
        double wn = 2 * frequencyHz / sampleRateHz;
        return 2 * 2.0 * Math.tan(Math.PI * wn / 2.0);
    }

    private static void check(int order, double sampleRateHz, double... frequenciesHz) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("Butterworth order must be 1.." + MAX_ORDER + ", got " + order);
        }
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be a positive number of Hz, got " + sampleRateHz);
        }
        double nyquist = sampleRateHz / 2;
        for (double f : frequenciesHz) {
            if (!(f > 0 && f < nyquist)) {
                throw new IllegalArgumentException("cutoff " + f + " Hz must lie strictly between 0 and the Nyquist "
                        + "frequency " + nyquist + " Hz (sample rate " + sampleRateHz + " Hz)");
            }
        }
        if (frequenciesHz.length == 2 && !(frequenciesHz[0] < frequenciesHz[1])) {
            throw new IllegalArgumentException("band edges must satisfy low < high, got " + frequenciesHz[0]
                    + " Hz and " + frequenciesHz[1] + " Hz");
        }
    }
}
