package org.attend.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attend.stream.OptionValues;

/**
 * Registers {@link AttendNet} (multi-scale temporal convolutions, depthwise spatial convolution, channel
 * attention, token self-attention and attention pooling) as {@value #NAME}. Options override
 * {@link AttendNetConfig#standard}: {@code decimation}, {@code kernel-seconds} (e.g. {@code 0.5/0.25/0.125}),
 * {@code filters-per-scale}, {@code depth-multiplier}, {@code embedding}, {@code heads}, {@code dropout}.
 */
public final class AttendNetFactory implements NetworkFactory {

    /** The registered name. */
    public static final String NAME = "attendnet";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    private static final Set<String> KEYS = Set.of("decimation", "kernel-seconds", "filters-per-scale",
            "depth-multiplier", "embedding", "heads", "dropout");

    @Override
    public String description() {
        return "multi-scale temporal conv → depthwise spatial conv → self-attention over time tokens, channel "
                + "attention (EEGNet-like)";
    }

    @Override
    public Set<String> optionKeys() {
        return KEYS;
    }

    @Override
    public NetworkBlock build(NetworkShape shape, NetworkOptions options) {
        return new AttendNet(shape, config(shape, options));
    }

    @Override
    public NetworkOptions resolve(NetworkShape shape, NetworkOptions options) {
        return optionsOf(config(shape, options));
    }

    private static AttendNetConfig config(NetworkShape shape, NetworkOptions options) {
        options.requireOnly(KEYS, NAME);
        AttendNetConfig d = AttendNetConfig.standard(shape.channels(), shape.samples(), shape.classes(),
                shape.sampleRateHz(), shape.bandHighHz());
        List<Double> kernels = d.kernelSeconds();
        if (options.asMap().containsKey("kernel-seconds")) {
            kernels = new ArrayList<>();
            for (String k : options.string("kernel-seconds", "").split("/")) {
                kernels.add(OptionValues.decimal("network option", "kernel-seconds", k));
            }
        }
        return new AttendNetConfig(shape.channels(), shape.samples(), shape.classes(),
                shape.sampleRateHz(), options.integer("decimation", d.decimation()), kernels,
                options.integer("filters-per-scale", d.filtersPerScale()),
                options.integer("depth-multiplier", d.depthMultiplier()), options.integer("embedding", d.embedding()),
                options.integer("heads", d.heads()), (float) options.decimal("dropout", d.dropout()));
    }

    /**
     * The options that rebuild {@code config} exactly: how a model card written before networks were plugins
     * (its {@code network} map holds an {@link AttendNetConfig}) is read today.
     */
    public static NetworkOptions optionsOf(AttendNetConfig config) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("decimation", Integer.toString(config.decimation()));
        o.put("kernel-seconds", String.join("/", config.kernelSeconds().stream().map(String::valueOf).toList()));
        o.put("filters-per-scale", Integer.toString(config.filtersPerScale()));
        o.put("depth-multiplier", Integer.toString(config.depthMultiplier()));
        o.put("embedding", Integer.toString(config.embedding()));
        o.put("heads", Integer.toString(config.heads()));
        o.put("dropout", Float.toString(config.dropout()));
        return NetworkOptions.of(o);
    }
}
