package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Registers {@link TsLrDecoder} as {@code ts-lr}. */
public final class TsLrFactory extends ClassicalFactory {

    public TsLrFactory() {
        super(TsLrDecoder.NAME, "tangent space at the Riemannian mean + L2 logistic regression (pyRiemann TS + "
                + "sklearn LR)", Set.of());
    }

    @Override
    Decoder newDecoder(InputContract contract, DecoderOptions options) {
        return new TsLrDecoder(contract);
    }

    @Override
    Decoder restore(ModelCard card, Path modelDir) throws IOException {
        Object reference = card.parameters().get("reference");
        double[][] coefficients = parameter(card, "coefficients", double[][].class);
        double[] intercepts = parameter(card, "intercepts", double[].class);
        if (reference == null || coefficients == null || intercepts == null) {
            throw new IOException(modelDir + ": model card lacks the reference or the regression weights");
        }
        return new TsLrDecoder(card.contract(), RiemannianDecoder.matrix(reference),
                new LogisticRegression(coefficients, intercepts), card.training());
    }
}
