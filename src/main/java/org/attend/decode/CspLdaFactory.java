package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Registers {@link CspLdaDecoder} as {@code csp-lda}. */
public final class CspLdaFactory implements DecoderFactory {

    @Override
    public String name() {
        return CspLdaDecoder.NAME;
    }

    @Override
    public String description() {
        return "CSP (8 log-power components; one-vs-rest beyond two classes) + Ledoit-Wolf shrinkage LDA";
    }

    @Override
    public Decoder create(InputContract contract) {
        return new CspLdaDecoder(contract, CspLdaDecoder.DEFAULT_COMPONENTS);
    }

    /** Option {@code components}: the number of CSP components (default 8). */
    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        return new CspLdaDecoder(contract, options.allow(List.of("components"))
                .intValue("components", CspLdaDecoder.DEFAULT_COMPONENTS));
    }

    @Override
    public Decoder load(Path modelDir) throws IOException {
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
