package org.attend.nn;

import java.util.Map;
import java.util.Set;
import org.attend.stream.TypedOptions;

/**
 * The options of one network ({@code attend[net=fbnet,filters=8]} gives {@code filters=8} to {@code fbnet}):
 * immutable {@code key=value} strings with typed getters whose errors are one line.
 */
public final class NetworkOptions extends TypedOptions {

    private NetworkOptions(Map<String, String> values) {
        super("network option", values);
    }

    /** These options, in this order. */
    public static NetworkOptions of(Map<String, String> values) {
        return new NetworkOptions(values);
    }

    /** No options: the network's defaults. */
    public static NetworkOptions none() {
        return new NetworkOptions(Map.of());
    }

    /**
     * Fails on any key the network does not know.
     *
     * @throws IllegalArgumentException naming the network, the unknown keys and the known ones
     */
    public NetworkOptions requireOnly(Set<String> known, String network) {
        requireKnown(known, "network '" + network + "'");
        return this;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
