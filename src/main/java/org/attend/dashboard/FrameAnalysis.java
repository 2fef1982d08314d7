package org.attend.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.attend.dsp.BandPower;
import org.attend.dsp.ChannelQuality;
import org.attend.dsp.Psd;
import org.attend.dsp.SignalQuality;
import org.attend.dsp.Welch;
import java.util.Arrays;

/**
 * What a frame computes from the newest {@link DashboardPlan#ANALYSIS_SECONDS} of raw signal, on the render
 * thread: each channel's quality verdict and Welch PSD (1 s Hann segments, half overlap) with mu and beta
 * band power.
 *
 * @param quality   one verdict per channel, empty until two samples have arrived
 * @param spectra   one PSD per channel, empty until one segment has arrived
 * @param muPower   8–12 Hz power per channel, µV² (NaN where the spectrum is missing)
 * @param betaPower 13–30 Hz power per channel, µV²
 */
record FrameAnalysis(List<ChannelQuality> quality, List<Psd> spectra, double[] muPower, double[] betaPower) {

    static final double MU_LOW_HZ = 8;
    static final double MU_HIGH_HZ = 12;
    static final double BETA_LOW_HZ = 13;
    static final double BETA_HIGH_HZ = 30;

    static FrameAnalysis of(DashboardSnapshot s) {
        DashboardPlan plan = s.plan();
        double rate = plan.stream().sampleRateHz();
        int channels = s.samples().length;
        int n = s.sampleTimes().length;
        int window = Math.min(n, (int) Math.round(DashboardPlan.ANALYSIS_SECONDS * rate));
        float[][] recent = new float[channels][];
        for (int c = 0; c < channels; c++) {
            recent[c] = Arrays.copyOfRange(s.samples()[c], n - window, n);
        }
        List<ChannelQuality> quality = new ArrayList<>();
        if (window >= 2) {
            double mains = plan.mainsHz() < rate / 2 ? plan.mainsHz() : 0;
            quality = new SignalQuality(rate, mains).assess(recent, plan.stream().channels().labels());
        }
        int segment = (int) Math.round(rate);
        List<Psd> spectra = new ArrayList<>();
        double[] mu = new double[channels];
        double[] beta = new double[channels];
        Arrays.fill(mu, Double.NaN);
        Arrays.fill(beta, Double.NaN);
        if (window >= segment && segment >= 8) {
            boolean bands = rate / 2 > BETA_HIGH_HZ;
            for (int c = 0; c < channels; c++) {
                Psd psd = finite(recent[c]) ? Welch.psd(recent[c], rate, segment, segment / 2) : null;
                spectra.add(psd);
                if (psd != null && bands) {
                    mu[c] = BandPower.of(psd, MU_LOW_HZ, MU_HIGH_HZ);
                    beta[c] = BandPower.of(psd, BETA_LOW_HZ, BETA_HIGH_HZ);
                }
            }
        }
        return new FrameAnalysis(quality, spectra, mu, beta);
    }

    private static boolean finite(float[] x) {
        for (float v : x) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
