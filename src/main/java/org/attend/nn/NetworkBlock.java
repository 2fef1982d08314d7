package org.attend.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * A network built by a {@link NetworkFactory}: input {@code (batch, channels, samples)} of aligned windows;
 * output arrays found by name, {@value #LOGITS} {@code (batch, classes)} always, and where the network has
 * them its attention weights, each softmax-normalised so that a row sums to 1:
 * {@value #CHANNEL_WEIGHTS} {@code (batch, channels)}, {@value #TIME_WEIGHTS} {@code (batch, segments)}
 * (segment {@code s} covers the {@code s}-th of equal parts of the window) and {@value #BAND_TIME_WEIGHTS}
 * {@code (batch, bands, segments)}.
 *
 * <p>Child blocks are named, not numbered, so that saved parameter files stay readable.
 */
public abstract class NetworkBlock extends AbstractBlock {

    /** Name of the logits output. */
    public static final String LOGITS = "logits";
    /** Name of the per-electrode attention output. */
    public static final String CHANNEL_WEIGHTS = "channelWeights";
    /** Name of the per-segment attention output. */
    public static final String TIME_WEIGHTS = "timeWeights";
    /** Name of the per-band, per-segment attention output. */
    public static final String BAND_TIME_WEIGHTS = "bandTimeWeights";

    private final NetworkShape shape;

    protected NetworkBlock(byte version, NetworkShape shape) {
        super(version);
        this.shape = shape;
    }

    /** The window and classes this network was built for. */
    public NetworkShape shape() {
        return shape;
    }

    /** Names an output array so that {@link NetModel} finds it. */
    protected static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    /**
     * A scalar in memory libtorch owns, for arithmetic inside the autograd graph. DJL makes the scalar of
     * {@code mul(Number)} on a direct buffer and closes it at once while autograd keeps it for the backward
     * pass, which then reads freed memory; this copy lives as long as {@code manager}'s scope.
     */
    protected static NDArray scalar(NDManager manager, float value) {
        return NetModel.owned(manager.create(value));
    }

    /** Every {@link AdaptiveNorm} inside this network, depth first. */
    public List<AdaptiveNorm> adaptiveNorms() {
        List<AdaptiveNorm> found = new ArrayList<>();
        collect(this, found);
        return found;
    }

    private static void collect(Block block, List<AdaptiveNorm> found) {
        if (block instanceof AdaptiveNorm norm) {
            found.add(norm);
        }
        block.getChildren().values().forEach(child -> collect(child, found));
    }

    /** The output arrays of a forward pass, by name (null where the network has none). */
    static NDArray output(NDList outputs, String name) {
        return outputs.contains(name) ? outputs.get(name) : null;
    }
}
