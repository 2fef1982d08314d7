package org.attend.decode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSP + shrinkage LDA, the classic motor-imagery decoder: {@link Csp} log-power features of the
 * band-passed window, classified by {@link ShrinkageLda}. Two classes as MNE/MOABB; more classes through
 * one-versus-rest CSP (e.g. left, right and rest for asynchronous control).
 */
public final class CspLdaDecoder extends ClassicalDecoder {

    /** Registered name. */
    public static final String NAME = "csp-lda";
    /** Number of CSP components, as MOABB's CSP+LDA pipeline. */
    public static final int DEFAULT_COMPONENTS = 8;

    private final int components;
    private Csp csp;
    private ShrinkageLda lda;

    public CspLdaDecoder(InputContract contract, int components) {
        super(NAME, contract);
        this.components = components;
    }

    CspLdaDecoder(InputContract contract, Csp csp, ShrinkageLda lda, Map<String, Object> training) {
        this(contract, csp.filters().length);
        this.csp = csp;
        this.lda = lda;
        setTraining(training);
    }

    @Override
    void fitEpochs(LabeledEpochs epochs) {
        csp = Csp.fit(epochs, components);
        double[][] features = new double[epochs.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = csp.features(epochs.data()[i]);
        }
        lda = ShrinkageLda.fit(features, epochs.labels(), contract().classes().size());
    }

    @Override
    boolean isFitted() {
        return csp != null;
    }

    @Override
    double[] probabilities(float[][] window) {
        return lda.probabilities(csp.features(window));
    }

    /** Log-power CSP features of a window, for reports and diagnostics. */
    public double[] features(float[][] window) {
        return csp.features(window);
    }

    @Override
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cspFilters", csp.filters());
        parameters.put("ldaCoefficients", lda.coefficients());
        parameters.put("ldaIntercepts", lda.intercepts());
        return parameters;
    }
}
