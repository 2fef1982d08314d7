package org.attend.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One weight per electrode, from the window itself: the log power of each channel goes through a small
 * two-layer network and a softmax over channels (so the weights sum to 1). The input is rescaled by
 * {@code channels × weight}, which leaves it unchanged when the weights are uniform.
 *
 * <p>Input {@code (batch, channels, samples)}; output {@code [rescaled input, weights (batch, channels)]}.
 */
final class ChannelAttentionBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float POWER_FLOOR = 1e-3f;

    private final int channels;
    private final Linear hidden;
    private final Linear score;

    ChannelAttentionBlock(int channels, int hiddenUnits) {
        super(VERSION);
        this.channels = channels;
        hidden = addChildBlock("hidden", Linear.builder().setUnits(hiddenUnits).build());
        score = addChildBlock("score", Linear.builder().setUnits(channels).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        // the floor keeps log and its gradient bounded for flat (or augmentation-dropped) channels; the
        // aligned signals have unit variance, so it is far below any real channel's power
        NDArray logPower = x.square().mean(new int[] {2}).add(POWER_FLOOR).log();
        NDArray h = hidden.forward(store, new NDList(logPower), training).singletonOrThrow().tanh();
        NDArray weights = score.forward(store, new NDList(h), training).singletonOrThrow().softmax(1);
        // not mul(Number): DJL makes that scalar on a direct buffer and closes it at once, yet autograd keeps
        // it for the backward pass, which then reads memory the garbage collector may have freed (drifting or
        // non-finite gradients); a copy in libtorch memory, owned by the step's scope, cannot go away
        NDArray scale = NetModel.owned(x.getManager().create((float) channels));
        NDArray rescaled = x.mul(weights.mul(scale).expandDims(2));
        return new NDList(rescaled, weights);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {in, new Shape(in.get(0), channels)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        hidden.initialize(manager, dataType, new Shape(batch, channels));
        score.initialize(manager, dataType, hidden.getOutputShapes(new Shape[] {new Shape(batch, channels)}));
    }
}
