package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Registers {@link MdmDecoder} as {@code mdm}. */
public final class MdmFactory extends ClassicalFactory {

    public MdmFactory() {
        super(MdmDecoder.NAME, "Riemannian minimum distance to mean of OAS covariances (pyRiemann MDM)", Set.of());
    }

    @Override
    Decoder newDecoder(InputContract contract, DecoderOptions options) {
        return new MdmDecoder(contract);
    }

    @Override
    Decoder restore(ModelCard card, Path modelDir) throws IOException {
        List<?> means = (List<?>) card.parameters().get("classMeans");
        if (means == null || means.size() != card.contract().classes().size()) {
            throw new IOException(modelDir + ": model card lacks one class mean per class");
        }
        return new MdmDecoder(card.contract(), means.stream().map(RiemannianDecoder::matrix).toList(),
                card.training());
    }
}
