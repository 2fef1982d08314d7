package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Registers {@link MdmDecoder} as {@code mdm}. */
public final class MdmFactory implements DecoderFactory {
    @Override
    public String name() {
        return MdmDecoder.NAME;
    }

    @Override
    public String description() {
        return "Riemannian minimum distance to mean of OAS covariances (pyRiemann MDM)";
    }

    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(Set.of(), name());
        return new MdmDecoder(contract);
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(Set.of(), name());
        ModelCard card = ModelCardCheck.card(modelDir, name());
        try {
            List<?> means = (List<?>) card.parameters().get("classMeans");
            if (means == null || means.size() != card.contract().classes().size()) {
                throw new IOException(modelDir + ": model card lacks one class mean per class");
            }
            return new MdmDecoder(card.contract(), means.stream().map(RiemannianDecoder::matrix).toList(),
                    card.training());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IOException(modelDir + ": malformed mdm parameters: " + e.getMessage(), e);
        }
    }
}
