package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds decoders registered through {@link ServiceLoader}; the core never names an implementation. */
public final class Decoders {

    private Decoders() {
    }

    /** Every registered decoder kind, by name. */
    public static List<DecoderFactory> available() {
        List<DecoderFactory> factories = new ArrayList<>();
        ServiceLoader.load(DecoderFactory.class).forEach(factories::add);
        factories.sort(Comparator.comparing(DecoderFactory::name));
        return factories;
    }

    /** The factory registered under {@code name}. */
    public static DecoderFactory factory(String name) {
        return available().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownDecoderException(name, available().stream()
                        .map(DecoderFactory::name).collect(Collectors.toList())));
    }

    /** A new untrained decoder of kind {@code name}. */
    public static Decoder create(String name, InputContract contract) {
        return factory(name).create(contract);
    }

    /** A trained decoder from a model folder; the kind is read from its model card. */
    public static Decoder load(Path modelDir) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        return factory(card.decoder()).load(modelDir);
    }
}
