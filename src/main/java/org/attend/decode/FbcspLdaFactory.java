package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Registers {@link FbcspLdaDecoder} as {@code fbcsp-lda}. */
public final class FbcspLdaFactory implements DecoderFactory {

    @Override
    public String name() {
        return FbcspLdaDecoder.NAME;
    }

    @Override
    public String description() {
        return "filter-bank CSP (4 Hz sub-bands) + mutual-information feature selection + shrinkage LDA, two classes";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of(), name());
        return new FbcspLdaDecoder(contract);
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(Set.of(), name());
        ModelCard card = ModelCardCheck.card(modelDir, name());
        try {
            var json = ModelCard.json();
            double[][] bands = json.convertValue(card.parameters().get("bands"), double[][].class);
            double[][][] filters = json.convertValue(card.parameters().get("cspFilters"), double[][][].class);
            int[] selected = json.convertValue(card.parameters().get("selected"), int[].class);
            double[][] coefficients = json.convertValue(card.parameters().get("ldaCoefficients"), double[][].class);
            double[] intercepts = json.convertValue(card.parameters().get("ldaIntercepts"), double[].class);
            if (bands == null || filters == null || selected == null || coefficients == null || intercepts == null
                    || filters.length != bands.length) {
                throw new IOException(modelDir + ": model card lacks the bands, CSP filters, selection or LDA weights");
            }
            Csp[] csps = new Csp[filters.length];
            for (int b = 0; b < csps.length; b++) {
                csps[b] = new Csp(filters[b]);
            }
            return new FbcspLdaDecoder(card.contract(), bands, csps, selected,
                    new ShrinkageLda(coefficients, intercepts), card.training());
        } catch (IllegalArgumentException e) {
            throw new IOException(modelDir + ": malformed fbcsp-lda parameters: " + e.getMessage(), e);
        }
    }
}
