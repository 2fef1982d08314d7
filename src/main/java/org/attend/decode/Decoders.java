package org.attend.decode;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds decoders registered through {@link ServiceLoader}, built in or in plugin jars ({@link #withPlugins}); the
 * core never names an implementation.
 */
public final class Decoders {

    /** Prefix of a decoder name that fine-tunes a trained model: {@code finetune:DIR}. */
    public static final String FINETUNE = "finetune:";

    private Decoders() {
    }

    /**
     * The class loader every command finds decoders through: Attend's own when there are no plugin jars, else one
     * that also sees the jars (each registers its factories in
     * {@code META-INF/services/org.attend.decode.DecoderFactory}).
     *
     * @throws IllegalArgumentException naming a jar that does not exist
     */
    public static ClassLoader withPlugins(List<Path> jars) {
        ClassLoader parent = Decoders.class.getClassLoader();
        if (jars.isEmpty()) {
            return parent;
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            if (!Files.isRegularFile(jars.get(i))) {
                throw new IllegalArgumentException("plugin jar " + jars.get(i) + " does not exist");
            }
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("plugin jar " + jars.get(i) + ": " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls, parent);
    }

    /** The model folder a {@code finetune:DIR} decoder name starts from; empty for any other name. */
    public static Optional<Path> fineTuned(String name) {
        return name.startsWith(FINETUNE) ? Optional.of(Path.of(name.substring(FINETUNE.length()))) : Optional.empty();
    }

    /** Every registered decoder kind, by name. */
    public static List<DecoderFactory> available() {
        return available(Thread.currentThread().getContextClassLoader());
    }

    /** Every decoder kind registered in the jars that {@code loader} sees (e.g. plugin jars), by name. */
    public static List<DecoderFactory> available(ClassLoader loader) {
        List<DecoderFactory> factories = new ArrayList<>();
        ServiceLoader.load(DecoderFactory.class, loader).forEach(factories::add);
        factories.sort(Comparator.comparing(DecoderFactory::name));
        return factories;
    }

    /** The factory registered under {@code name}. */
    public static DecoderFactory factory(String name) {
        return factory(name, Thread.currentThread().getContextClassLoader());
    }

    /** The factory registered under {@code name} in the jars that {@code loader} sees. */
    public static DecoderFactory factory(String name, ClassLoader loader) {
        List<DecoderFactory> factories = available(loader);
        return factories.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownDecoderException(name, factories.stream()
                        .map(DecoderFactory::name).collect(Collectors.toList())));
    }

    /** A new untrained decoder of kind {@code name} with its defaults. */
    public static Decoder create(String name, InputContract contract) {
        return create(name, contract, DecoderOptions.none());
    }

    /** A new untrained decoder of kind {@code name}; {@code options} may hold other decoders' prefixed keys. */
    public static Decoder create(String name, InputContract contract, DecoderOptions options) {
        return create(name, contract, options, Thread.currentThread().getContextClassLoader());
    }

    /** The same, the kind found in the jars that {@code loader} sees (see {@link #withPlugins}). */
    public static Decoder create(String name, InputContract contract, DecoderOptions options, ClassLoader loader) {
        return factory(name, loader).create(contract, options.forDecoder(name));
    }

    /** A trained decoder from a model folder with the options of its card; the kind is read from the card. */
    public static Decoder load(Path modelDir) throws IOException {
        return load(modelDir, DecoderOptions.none(), Thread.currentThread().getContextClassLoader());
    }

    /** A trained decoder from a model folder, the card's options overridden by {@code options}. */
    public static Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        return load(modelDir, options, Thread.currentThread().getContextClassLoader());
    }

    /**
     * A trained decoder from a model folder, its kind found in the jars that {@code loader} sees. The factory
     * receives the card's {@code options} overridden by the caller's keys for that kind.
     */
    public static Decoder load(Path modelDir, DecoderOptions options, ClassLoader loader) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        String kind = card.decoder();
        return factory(kind, loader).load(modelDir, card.decoderOptions().overriddenBy(options.forDecoder(kind)));
    }
}
