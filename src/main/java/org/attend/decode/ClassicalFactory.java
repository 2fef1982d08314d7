package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Common ground of the classical decoders' factories: the name and description, the option keys checked on
 * {@code create} and {@code load}, the model card checked on {@code load}, and one line naming the folder when
 * its parameters are malformed. A subclass says how a decoder is made and how it is restored from its card.
 */
abstract class ClassicalFactory implements DecoderFactory {

    private final String name;
    private final String description;
    private final Set<String> optionKeys;

    ClassicalFactory(String name, String description, Set<String> optionKeys) {
        this.name = name;
        this.description = description;
        this.optionKeys = Set.copyOf(optionKeys);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Decoder create(InputContract contract, DecoderOptions options) {
        options.requireOnly(optionKeys, name);
        return newDecoder(contract, options);
    }

    @Override
    public final Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        options.requireOnly(optionKeys, name);
        ModelCard card = ModelCardCheck.card(modelDir, name);
        try {
            return restore(card, modelDir);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IOException(modelDir + ": malformed " + name + " parameters: " + e.getMessage(), e);
        }
    }

    /** A new untrained decoder; {@code options} holds only this factory's keys. */
    abstract Decoder newDecoder(InputContract contract, DecoderOptions options);

    /**
     * The trained decoder a model card describes.
     *
     * @throws IOException naming {@code modelDir} when a parameter is missing
     */
    abstract Decoder restore(ModelCard card, Path modelDir) throws IOException;

    /** The card's parameter {@code key} as {@code type}; null when absent. */
    static <T> T parameter(ModelCard card, String key, Class<T> type) {
        return ModelCard.json().convertValue(card.parameters().get(key), type);
    }
}
