package org.attend.nn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds network architectures registered through {@link ServiceLoader}; decoders never name one in code. */
public final class Networks {

    private Networks() {
    }

    /** Every registered network, by name, in the jars that {@code loader} sees. */
    public static List<NetworkFactory> available(ClassLoader loader) {
        List<NetworkFactory> factories = new ArrayList<>();
        ServiceLoader.load(NetworkFactory.class, loader).forEach(factories::add);
        factories.sort(Comparator.comparing(NetworkFactory::name));
        return factories;
    }

    /**
     * The network registered under {@code name}.
     *
     * @throws IllegalArgumentException naming the registered networks when none has that name
     */
    public static NetworkFactory factory(String name, ClassLoader loader) {
        List<NetworkFactory> factories = available(loader);
        return factories.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no network '" + name + "' (registered: "
                        + factories.stream().map(NetworkFactory::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** {@link #factory(String, ClassLoader)} with the thread's context class loader. */
    public static NetworkFactory factory(String name) {
        return factory(name, Thread.currentThread().getContextClassLoader());
    }
}
