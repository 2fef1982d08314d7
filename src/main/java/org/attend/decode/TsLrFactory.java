package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Registers {@link TsLrDecoder} as {@code ts-lr}. */
public final class TsLrFactory implements DecoderFactory {
    @Override
    public String name() {
        return TsLrDecoder.NAME;
    }

    @Override
    public String description() {
        return "tangent space at the Riemannian mean + L2 logistic regression (pyRiemann TS + sklearn LR)";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of(), name());
        return new TsLrDecoder(contract);
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(Set.of(), name());
        ModelCard card = ModelCardCheck.card(modelDir, name());
        try {
            var json = ModelCard.json();
            Object reference = card.parameters().get("reference");
            double[][] coefficients = json.convertValue(card.parameters().get("coefficients"), double[][].class);
            double[] intercepts = json.convertValue(card.parameters().get("intercepts"), double[].class);
            if (reference == null || coefficients == null || intercepts == null) {
                throw new IOException(modelDir + ": model card lacks the reference or the regression weights");
            }
            return new TsLrDecoder(card.contract(), RiemannianDecoder.matrix(reference),
                    new LogisticRegression(coefficients, intercepts), card.training());
        } catch (IllegalArgumentException e) {
            throw new IOException(modelDir + ": malformed ts-lr parameters: " + e.getMessage(), e);
        }
    }
}
