package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.stream.Prediction;
import org.attend.stream.Window;

/**
 * CSP + shrinkage LDA, the classic motor-imagery decoder: {@link Csp} log-power features of the
 * band-passed window, classified by {@link ShrinkageLda}. Two classes as MNE/MOABB; more classes through
 * one-versus-rest CSP (e.g. left, right and rest for asynchronous control).
 */
public final class CspLdaDecoder implements Decoder {

    /** Registered name. */
    public static final String NAME = "csp-lda";
    /** Number of CSP components, as MOABB's CSP+LDA pipeline. */
    public static final int DEFAULT_COMPONENTS = 8;

    private final InputContract contract;
    private final int components;
    private Csp csp;
    private ShrinkageLda lda;
    private Map<String, Object> training = Map.of();

    public CspLdaDecoder(InputContract contract, int components) {
        this.contract = contract;
        this.components = components;
    }

    CspLdaDecoder(InputContract contract, Csp csp, ShrinkageLda lda, Map<String, Object> training) {
        this(contract, csp.filters().length);
        this.csp = csp;
        this.lda = lda;
        this.training = training;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InputContract contract() {
        return contract;
    }

    @Override
    public void fit(LabeledEpochs epochs) {
        if (!epochs.classes().equals(contract.classes())) {
            throw new IllegalArgumentException("epochs have classes " + epochs.classes() + ", the decoder "
                    + contract.classes());
        }
        csp = Csp.fit(epochs, components);
        double[][] features = new double[epochs.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = csp.features(epochs.data()[i]);
        }
        lda = ShrinkageLda.fit(features, epochs.labels(), contract.classes().size());
        int[] counts = epochs.classCounts();
        training = Map.of("trials", epochs.size(), "trialsPerClass", counts);
    }

    @Override
    public Prediction predict(Window window) {
        if (csp == null) {
            throw new IllegalStateException(NAME + " decoder used before fit");
        }
        long start = System.nanoTime();
        double[] p = lda.probabilities(csp.features(window.data()));
        float[] probabilities = new float[p.length];
        for (int k = 0; k < p.length; k++) {
            probabilities[k] = (float) p[k];
        }
        return new Prediction(contract.classes().toArray(String[]::new), probabilities, null, window.endTime(),
                System.nanoTime() - start);
    }

    /** Log-power CSP features of a window, for reports and diagnostics. */
    public double[] features(float[][] window) {
        return csp.features(window);
    }

    @Override
    public void save(Path modelDir) throws IOException {
        if (csp == null) {
            throw new IllegalStateException(NAME + " decoder saved before fit");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cspFilters", csp.filters());
        parameters.put("ldaCoefficients", lda.coefficients());
        parameters.put("ldaIntercepts", lda.intercepts());
        new ModelCard(NAME, ModelCard.currentAttendVersion(), contract, training, Map.of(), parameters)
                .write(modelDir);
    }
}
