package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Registers {@link CspLdaDecoder} as {@code csp-lda}. Option {@code components}: CSP components kept (default
 * {@value CspLdaDecoder#DEFAULT_COMPONENTS}); a loaded model takes them from its stored filters, so there the option
 * is accepted and has no effect.
 */
public final class CspLdaFactory extends ClassicalFactory {

    private static final String COMPONENTS = "components";

    public CspLdaFactory() {
        super(CspLdaDecoder.NAME, "CSP (8 log-power components; one-vs-rest beyond two classes) + Ledoit-Wolf "
                + "shrinkage LDA", Set.of(COMPONENTS));
    }

    @Override
    Decoder newDecoder(InputContract contract, DecoderOptions options) {
        return new CspLdaDecoder(contract, options.integer(COMPONENTS, CspLdaDecoder.DEFAULT_COMPONENTS));
    }

    @Override
    Decoder restore(ModelCard card, Path modelDir) throws IOException {
        double[][] filters = parameter(card, "cspFilters", double[][].class);
        double[][] coefficients = parameter(card, "ldaCoefficients", double[][].class);
        double[] intercepts = parameter(card, "ldaIntercepts", double[].class);
        if (filters == null || coefficients == null || intercepts == null) {
            throw new IOException(modelDir + ": model card lacks CSP filters or LDA weights");
        }
        return new CspLdaDecoder(card.contract(), new Csp(filters), new ShrinkageLda(coefficients, intercepts),
                card.training());
    }
}
