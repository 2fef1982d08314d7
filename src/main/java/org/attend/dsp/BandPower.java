package org.attend.dsp;

/** Power in a frequency band, from a {@link Psd}. */
public final class BandPower {

    private BandPower() {
    }

    /**
     * The density integrated over {@code [lowHz, highHz]} by the trapezoid rule over the bins inside the band
     * (edges included), i.e. {@code scipy.integrate.trapezoid(Pxx[mask], f[mask])} with
     * {@code mask = (f >= lowHz) & (f <= highHz)}. Units: µV² for a PSD in µV²/Hz. Bins are not interpolated at the
     * edges, so the result covers {@code [first bin in band, last bin in band]}.
     *
     * @throws IllegalArgumentException if the band holds fewer than two bins (no interval to integrate)
     */
    public static double of(Psd psd, double lowHz, double highHz) {
        if (!(lowHz < highHz)) {
            throw new IllegalArgumentException("band must satisfy low < high, got " + lowHz + " Hz and " + highHz
                    + " Hz");
        }
        double[] f = psd.frequenciesHz();
        double[] p = psd.density();
        double power = 0;
        int inBand = 0;
        for (int k = 0; k < f.length; k++) {
            if (f[k] >= lowHz && f[k] <= highHz) {
                if (inBand > 0) {
                    power += (f[k] - f[k - 1]) * (p[k] + p[k - 1]) / 2.0;
                }
                inBand++;
            }
        }
        if (inBand < 2) {
            throw new IllegalArgumentException("band " + lowHz + ".." + highHz + " Hz holds " + inBand + " PSD bin(s); "
                    + "need at least two (bin width " + (f.length > 1 ? f[1] - f[0] : Double.NaN) + " Hz)");
        }
        return power;
    }

    /**
     * The fraction of the power in {@code [totalLowHz, totalHighHz]} that lies in {@code [lowHz, highHz]}:
     * {@code of(psd, lowHz, highHz) / of(psd, totalLowHz, totalHighHz)}.
     */
    public static double relative(Psd psd, double lowHz, double highHz, double totalLowHz, double totalHighHz) {
        return of(psd, lowHz, highHz) / of(psd, totalLowHz, totalHighHz);
    }
}
