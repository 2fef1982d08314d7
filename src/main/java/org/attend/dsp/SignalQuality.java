package org.attend.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges each channel of a raw (unfiltered) window: flat, railed, high-amplitude artefact or dominated by mains
 * hum. Below 0.5 µV RMS nothing is recorded; a clipped amplifier repeats its extreme value, and no EEG swings
 * 3 mV about its mean (a DC-coupled amplifier's offset of tens of mV is not a rail); mains power above the whole
 * 1–40 Hz EEG power means a bad contact. An artefact is a swing of over 500 µV once the window's linear drift is
 * removed, or a channel of over 5 times the montage's median RMS: raw research EEG is broadband, PhysioNet's
 * eegmmidb at 35–100 µV RMS and 200–300 µV peak to peak in 2 s on clean channels (so MNE's 100–200 µV
 * {@code reject} thresholds, meant for band-passed epochs, flagged most of its channels), and 500 µV is
 * past its 99th percentile of 2 s windows.
 */
public final class SignalQuality {

    /** RMS below which a channel is flat, µV. */
    public static final double FLAT_RMS_MICROVOLTS = 0.5;
    /** Distance from the window's mean beyond which a sample counts as railed, µV. */
    public static final double RAIL_MICROVOLTS = 3000;
    /** Fraction of samples at the rail (or repeating the window's extreme exactly) that makes a channel railed. */
    public static final double RAILED_FRACTION = 0.05;
    /** Peak-to-peak amplitude of the detrended window above which it holds an artefact, µV. */
    public static final double ARTEFACT_PEAK_TO_PEAK_MICROVOLTS = 500;
    /** RMS over the montage's median RMS above which a channel holds an artefact (with enough channels). */
    public static final double ARTEFACT_RMS_OVER_MEDIAN = 5;
    /** Fewest channels whose median RMS is a reference for {@link #ARTEFACT_RMS_OVER_MEDIAN}. */
    public static final int MEDIAN_MIN_CHANNELS = 4;
    /** Mains power over 1–40 Hz EEG power above which mains dominates. */
    public static final double LINE_NOISE_RATIO = 1.0;

    private final double sampleRateHz;
    private final double mainsHz;

    /**
     * @param sampleRateHz the stream's sample rate
     * @param mainsHz      the mains frequency, 50 or 60 Hz (0 to skip the line-noise check)
     */
    public SignalQuality(double sampleRateHz, double mainsHz) {
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRateHz + " Hz");
        }
        if (!(mainsHz == 0 || mainsHz == 50 || mainsHz == 60)) {
            throw new IllegalArgumentException("mains frequency must be 50 or 60 Hz (0 for none), got " + mainsHz);
        }
        this.sampleRateHz = sampleRateHz;
        this.mainsHz = mainsHz;
    }

    /**
     * @param window raw samples {@code [channel][sample]}, µV; at least two samples
     * @param labels one label per channel
     * @return one verdict per channel, in the window's order
     */
    public List<ChannelQuality> assess(float[][] window, List<String> labels) {
        if (window.length != labels.size()) {
            throw new IllegalArgumentException(window.length + " channels but " + labels.size() + " labels");
        }
        List<ChannelQuality> result = new ArrayList<>(window.length);
        for (int c = 0; c < window.length; c++) {
            result.add(assess(window[c], labels.get(c)));
        }
        // against the montage: one channel far louder than the others (drift aside) has a problem they do not
        double[] detrendedRms = new double[window.length];
        for (int c = 0; c < window.length; c++) {
            detrendedRms[c] = detrended(window[c])[1];
        }
        double[] live = java.util.stream.IntStream.range(0, window.length)
                .filter(c -> result.get(c).verdict() != ChannelQuality.Verdict.FLAT)
                .mapToDouble(c -> detrendedRms[c]).sorted().toArray();
        if (live.length >= MEDIAN_MIN_CHANNELS) {
            double median = live.length % 2 == 1 ? live[live.length / 2]
                    : (live[live.length / 2 - 1] + live[live.length / 2]) / 2;
            for (int c = 0; c < result.size(); c++) {
                ChannelQuality q = result.get(c);
                boolean milder = q.verdict() == ChannelQuality.Verdict.GOOD
                        || q.verdict() == ChannelQuality.Verdict.LINE_NOISE;
                if (milder && detrendedRms[c] > ARTEFACT_RMS_OVER_MEDIAN * median) {
                    result.set(c, new ChannelQuality(q.label(), ChannelQuality.Verdict.ARTEFACT, q.rmsMicrovolts(),
                            q.peakToPeakMicrovolts(), q.lineNoiseRatio()));
                }
            }
        }
        return result;
    }

    /**
     * The verdict for one channel's raw samples, µV, on its own (without {@link #ARTEFACT_RMS_OVER_MEDIAN}, which
     * needs the montage).
     */
    public ChannelQuality assess(float[] x, String label) {
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("channel " + label + ": quality needs at least two samples, got " + n);
        }
        double mean = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            mean += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        mean /= n;
        double variance = 0;
        int beyondRail = 0;
        int atMin = 0;
        int atMax = 0;
        for (float v : x) {
            variance += (v - mean) * (v - mean);
            if (Math.abs(v - mean) >= RAIL_MICROVOLTS) {
                beyondRail++;
            }
            if (v == min) {
                atMin++;
            }
            if (v == max) {
                atMax++;
            }
        }
        double rms = Math.sqrt(variance / n);
        double peakToPeak = (double) max - min;
        double lineRatio = lineNoiseRatio(x);
        ChannelQuality.Verdict verdict;
        if (!Double.isFinite(rms) || rms < FLAT_RMS_MICROVOLTS) {
            verdict = ChannelQuality.Verdict.FLAT;
        } else if (beyondRail >= RAILED_FRACTION * n || Math.max(atMin, atMax) >= RAILED_FRACTION * n) {
            // a clipping amplifier repeats its extreme value exactly; noise almost never does
            verdict = ChannelQuality.Verdict.RAILED;
        } else if (detrended(x)[0] > ARTEFACT_PEAK_TO_PEAK_MICROVOLTS) {
            verdict = ChannelQuality.Verdict.ARTEFACT;
        } else if (lineRatio > LINE_NOISE_RATIO) {
            verdict = ChannelQuality.Verdict.LINE_NOISE;
        } else {
            verdict = ChannelQuality.Verdict.GOOD;
        }
        return new ChannelQuality(label, verdict, rms, peakToPeak, lineRatio);
    }

    /**
     * Peak to peak and RMS once the least-squares line through the window is taken away (slow drift is no
     * artefact), µV.
     */
    static double[] detrended(float[] x) {
        int n = x.length;
        double tMean = (n - 1) / 2.0;
        double xMean = 0;
        for (float v : x) {
            xMean += v;
        }
        xMean /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - tMean) * (x[i] - xMean);
            sxx += (i - tMean) * (i - tMean);
        }
        double slope = sxy / sxx;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double r = x[i] - xMean - slope * (i - tMean);
            min = Math.min(min, r);
            max = Math.max(max, r);
            squares += r * r;
        }
        return new double[] {max - min, Math.sqrt(squares / n)};
    }

    private double lineNoiseRatio(float[] x) {
        if (mainsHz == 0 || mainsHz + 1 >= sampleRateHz / 2) {
            return Double.NaN;
        }
        int segment = Math.min(x.length, (int) Math.round(sampleRateHz)); // 1 Hz bins where the window allows
        if (segment < 8) {
            return Double.NaN;
        }
        double[] signal = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            signal[i] = x[i];
        }
        Psd psd = Welch.psd(signal, sampleRateHz, segment, segment / 2);
        double[] f = psd.frequenciesHz();
        double[] p = psd.density();
        double mains = 0;
        double eeg = 0;
        for (int k = 0; k < f.length; k++) {
            if (Math.abs(f[k] - mainsHz) <= 1) {
                mains += p[k];
            } else if (f[k] >= 1 && f[k] <= 40) {
                eeg += p[k];
            }
        }
        return eeg > 0 ? mains / eeg : Double.POSITIVE_INFINITY;
    }
}
