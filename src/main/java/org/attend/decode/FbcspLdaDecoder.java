package org.attend.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.dsp.Butterworth;
import org.attend.dsp.Sos;
import org.attend.dsp.ZeroPhaseFilter;

/**
 * Filter-bank CSP + shrinkage LDA (after Ang et al. 2008): the window is split by zero-phase 4th-order
 * Butterworth band-passes of {@value #BAND_WIDTH_HZ} Hz tiling the contract's band (8–12, 12–16, …, 28–32 Hz
 * for the default 8–32 Hz; 4–8 … 28–32 Hz with a 4–32 Hz contract), a CSP of {@value #COMPONENTS_PER_BAND}
 * components is fitted per sub-band, the {@value #SELECTED} log-power features with the highest mutual
 * information with the class are kept, and {@link ShrinkageLda} classifies them. Two classes.
 */
public final class FbcspLdaDecoder extends ClassicalDecoder {

    /** Registered name. */
    public static final String NAME = "fbcsp-lda";
    /** Width of each sub-band. */
    public static final double BAND_WIDTH_HZ = 4;
    /** CSP components per sub-band. */
    public static final int COMPONENTS_PER_BAND = 4;
    /** Features kept by mutual-information selection. */
    public static final int SELECTED = 8;
    private static final int FILTER_ORDER = 4;

    private final double[][] bands;
    private final Sos[] filters;
    private Csp[] csps;
    private int[] selected;
    private ShrinkageLda lda;

    public FbcspLdaDecoder(InputContract contract) {
        this(contract, tile(contract));
    }

    private FbcspLdaDecoder(InputContract contract, double[][] bands) {
        super(NAME, contract);
        if (contract.classes().size() != 2) {
            throw new IllegalArgumentException(NAME + " decodes two classes, the contract names " + contract.classes());
        }
        this.bands = bands;
        this.filters = new Sos[bands.length];
        for (int b = 0; b < bands.length; b++) {
            filters[b] = Butterworth.bandpass(FILTER_ORDER, bands[b][0], bands[b][1], contract.sampleRateHz());
        }
    }

    FbcspLdaDecoder(InputContract contract, double[][] bands, Csp[] csps, int[] selected, ShrinkageLda lda,
                    Map<String, Object> training) {
        this(contract, bands);
        this.csps = csps;
        this.selected = selected;
        this.lda = lda;
        setTraining(training);
    }

    /** Sub-bands of {@link #BAND_WIDTH_HZ} tiling the contract's band (a narrower last band if it does not divide). */
    static double[][] tile(InputContract contract) {
        List<double[]> bands = new ArrayList<>();
        double low = Math.max(contract.bandLowHz(), 1);
        while (low + 1 <= contract.bandHighHz()) {
            bands.add(new double[] {low, Math.min(low + BAND_WIDTH_HZ, contract.bandHighHz())});
            low += BAND_WIDTH_HZ;
        }
        return bands.toArray(double[][]::new);
    }

    /** Sub-band edges {@code [band][low, high]}, Hz. */
    public double[][] bands() {
        return bands;
    }

    /** Indices of the selected features, band-major ({@code band * COMPONENTS_PER_BAND + component}). */
    public int[] selectedFeatures() {
        return selected.clone();
    }

    @Override
    void fitEpochs(LabeledEpochs epochs) {
        csps = new Csp[bands.length];
        double[][] all = new double[epochs.size()][bands.length * COMPONENTS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            float[][][] filtered = new float[epochs.size()][][];
            for (int i = 0; i < filtered.length; i++) {
                filtered[i] = ZeroPhaseFilter.apply(filters[b], epochs.data()[i]);
            }
            LabeledEpochs band = new LabeledEpochs(filtered, epochs.labels(), epochs.classes(), epochs.channels(),
                    epochs.sampleRateHz());
            csps[b] = Csp.fit(band, COMPONENTS_PER_BAND);
            for (int i = 0; i < filtered.length; i++) {
                System.arraycopy(csps[b].features(filtered[i]), 0, all[i], b * COMPONENTS_PER_BAND,
                        COMPONENTS_PER_BAND);
            }
        }
        selected = select(all, epochs.labels(), Math.min(SELECTED, all[0].length));
        double[][] features = new double[all.length][];
        for (int i = 0; i < all.length; i++) {
            features[i] = pick(all[i], selected);
        }
        lda = ShrinkageLda.fit(features, epochs.labels(), 2);
    }

    @Override
    boolean isFitted() {
        return lda != null;
    }

    /** The {@code k} features of highest mutual information with the labels, in ascending index order. */
    static int[] select(double[][] features, int[] labels, int k) {
        int d = features[0].length;
        double[] mi = new double[d];
        double[] column = new double[features.length];
        for (int f = 0; f < d; f++) {
            for (int i = 0; i < features.length; i++) {
                column[i] = features[i][f];
            }
            mi[f] = MutualInformation.bits(column, labels, 2);
        }
        Integer[] order = new Integer[d];
        for (int f = 0; f < d; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> Double.compare(mi[b], mi[a]));
        int[] chosen = new int[k];
        for (int j = 0; j < k; j++) {
            chosen[j] = order[j];
        }
        Arrays.sort(chosen);
        return chosen;
    }

    @Override
    double[] probabilities(float[][] window) {
        return lda.probabilities(features(window));
    }

    private double[] features(float[][] window) {
        double[] all = new double[bands.length * COMPONENTS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            System.arraycopy(csps[b].features(ZeroPhaseFilter.apply(filters[b], window)), 0, all,
                    b * COMPONENTS_PER_BAND, COMPONENTS_PER_BAND);
        }
        return pick(all, selected);
    }

    private static double[] pick(double[] all, int[] indices) {
        double[] out = new double[indices.length];
        for (int j = 0; j < indices.length; j++) {
            out[j] = all[indices[j]];
        }
        return out;
    }

    @Override
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("bands", bands);
        parameters.put("cspFilters", Arrays.stream(csps).map(Csp::filters).toArray(double[][][]::new));
        parameters.put("selected", selected);
        parameters.put("ldaCoefficients", lda.coefficients());
        parameters.put("ldaIntercepts", lda.intercepts());
        return parameters;
    }
}
