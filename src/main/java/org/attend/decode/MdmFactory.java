package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
    public Decoder create(InputContract contract) {
        return new MdmDecoder(contract);
    }

    @Override
    public Decoder load(Path modelDir) throws IOException {
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
