package org.attend.experiment;

import org.attend.dsp.Butterworth;
import org.attend.dsp.ZeroPhaseFilter;

/**
 * MNE's default IIR band-pass ({@code raw.filter(l, h, method='iir')}): a 4th-order Butterworth band-pass
 * applied forward and backward (zero phase).
 */
public final class IirBandPass implements BandPass {

    /** Butterworth order of the design, as MNE's default {@code iir_params}. */
    public static final int ORDER = 4;

    @Override
    public float[][] apply(float[][] data, double sampleRateHz, double lowHz, double highHz) {
        return ZeroPhaseFilter.apply(Butterworth.bandpass(ORDER, lowHz, highHz, sampleRateHz), data);
    }
}
