package org.attend.nn;

import java.util.Set;

/**
 * Service-provider interface of network architectures: one class makes a researcher's network available to
 * every neural decoder by name ({@code attend[net=NAME]}). Register an implementation in
 * {@code META-INF/services/org.attend.nn.NetworkFactory}; a jar on the classpath is enough.
 *
 * <p>A factory must build the same layer structure for the same shape and options, so that a saved model
 * rebuilds from its card; any change to that structure bumps {@link #version()}.
 */
public interface NetworkFactory {

    /** The name users give as {@code net=NAME}, e.g. {@code "fbnet"}. */
    String name();

    /** Version of the layer structure, written into model cards; a card of another version is refused. */
    int version();

    /** One line for {@code attend models} and docs. */
    String description();

    /** The option keys {@link #build} reads; any other key given for the network is an error. */
    Set<String> optionKeys();

    /**
     * An uninitialised network for windows of {@code shape}.
     *
     * @param options this network's options (keys from {@link #optionKeys()}), as strings
     * @throws IllegalArgumentException in one line, for a bad option or a shape the network cannot take
     */
    NetworkBlock build(NetworkShape shape, NetworkOptions options);

    /**
     * The options a model card records for a network built from {@code options}: those given and every default
     * {@link #build} fills in, so that a saved model rebuilds the same network after a release changes the defaults.
     * A factory without defaults may keep this implementation, which records the given options only.
     */
    default NetworkOptions resolve(NetworkShape shape, NetworkOptions options) {
        return options;
    }
}
