package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Registers {@link FbcspLdaDecoder} as {@code fbcsp-lda}. */
public final class FbcspLdaFactory extends ClassicalFactory {

    public FbcspLdaFactory() {
        super(FbcspLdaDecoder.NAME, "filter-bank CSP (4 Hz sub-bands) + mutual-information feature selection + "
                + "shrinkage LDA, two classes", Set.of());
    }

    @Override
    Decoder newDecoder(InputContract contract, DecoderOptions options) {
        return new FbcspLdaDecoder(contract);
    }

    @Override
    Decoder restore(ModelCard card, Path modelDir) throws IOException {
        double[][] bands = parameter(card, "bands", double[][].class);
        double[][][] filters = parameter(card, "cspFilters", double[][][].class);
        int[] selected = parameter(card, "selected", int[].class);
        double[][] coefficients = parameter(card, "ldaCoefficients", double[][].class);
        double[] intercepts = parameter(card, "ldaIntercepts", double[].class);
        if (bands == null || filters == null || selected == null || coefficients == null || intercepts == null
                || filters.length != bands.length) {
            throw new IOException(modelDir + ": model card lacks the bands, CSP filters, selection or LDA weights");
        }
        Csp[] csps = new Csp[filters.length];
        for (int b = 0; b < csps.length; b++) {
            csps[b] = new Csp(filters[b]);
        }
        return new FbcspLdaDecoder(card.contract(), bands, csps, selected, new ShrinkageLda(coefficients, intercepts),
                card.training());
    }
}
