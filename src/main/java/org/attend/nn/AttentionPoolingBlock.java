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
 * Attention pooling over temporal tokens: a score per token ({@code w2 · tanh(W1 x)}), a softmax over tokens
 * (one weight per time step, summing to 1), and the weighted sum of the tokens.
 *
 * <p>Input {@code (batch, tokens, embedding)}; output {@code [pooled (batch, embedding), weights (batch, tokens)]}.
 */
final class AttentionPoolingBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Linear hidden;
    private final Linear score;

    AttentionPoolingBlock(int embedding) {
        super(VERSION);
        hidden = addChildBlock("hidden", Linear.builder().setUnits(embedding).build());
        score = addChildBlock("score", Linear.builder().setUnits(1).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray tokens = inputs.singletonOrThrow();
        NDArray h = hidden.forward(store, new NDList(tokens), training).singletonOrThrow().tanh();
        NDArray scores = score.forward(store, new NDList(h), training).singletonOrThrow().squeeze(2);
        NDArray weights = scores.softmax(1);
        NDArray pooled = tokens.mul(weights.expandDims(2)).sum(new int[] {1});
        return new NDList(pooled, weights);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(2)), new Shape(in.get(0), in.get(1))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        hidden.initialize(manager, dataType, inputShapes[0]);
        score.initialize(manager, dataType, hidden.getOutputShapes(inputShapes));
    }
}
