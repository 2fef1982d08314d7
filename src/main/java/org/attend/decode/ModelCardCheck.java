package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;

/** Reading a model card meant for a given decoder kind. */
final class ModelCardCheck {

    private ModelCardCheck() {
    }

    /** Reads a model card of {@code kind}, checking its decoder name. */
    static ModelCard card(Path modelDir, String kind) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        if (!kind.equals(card.decoder())) {
            throw new IOException(modelDir + ": model card is for '" + card.decoder() + "', not " + kind);
        }
        return card;
    }
}
