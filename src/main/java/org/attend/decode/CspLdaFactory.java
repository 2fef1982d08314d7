package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Registers {@link CspLdaDecoder} as {@code csp-lda}. */
public final class CspLdaFactory implements DecoderFactory {

    private static final String COMPONENTS = "components";

    @Override
    public String name() {
        return CspLdaDecoder.NAME;
    }

    @Override
    public String description() {
        return "CSP (8 log-power components; one-vs-rest beyond two classes) + Ledoit-Wolf shrinkage LDA";
    }

    /** Option {@code components}: CSP components kept (default {@value CspLdaDecoder#DEFAULT_COMPONENTS}). */
    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of(COMPONENTS), name());
        return new CspLdaDecoder(contract, options.integer(COMPONENTS, CspLdaDecoder.DEFAULT_COMPONENTS));
    }

    /** The components come from the stored filters; {@code components} is accepted and has no effect. */
    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(Set.of(COMPONENTS), name());
        ModelCard card = ModelCardCheck.card(modelDir, name());
        try {
            var json = ModelCard.json();
            double[][] filters = json.convertValue(card.parameters().get("cspFilters"), double[][].class);
            double[][] coefficients = json.convertValue(card.parameters().get("ldaCoefficients"), double[][].class);
            double[] intercepts = json.convertValue(card.parameters().get("ldaIntercepts"), double[].class);
            if (filters == null || coefficients == null || intercepts == null) {
                throw new IOException(modelDir + ": model card lacks CSP filters or LDA weights");
            }
            return new CspLdaDecoder(card.contract(), new Csp(filters), new ShrinkageLda(coefficients, intercepts),
                    card.training());
        } catch (IllegalArgumentException e) {
            throw new IOException(modelDir + ": malformed csp-lda parameters: " + e.getMessage(), e);
        }
    }
}
