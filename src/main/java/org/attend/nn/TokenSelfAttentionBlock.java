package org.attend.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.ScaledDotProductAttentionBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * One post-norm transformer encoder layer over temporal tokens, with a learned position embedding:
 * {@code x = LN(x + drop(MHSA(x + pos))); x = LN(x + drop(FFN(x)))}. Built from DJL's
 * {@link ScaledDotProductAttentionBlock} because its {@code TransformerEncoderBlock} normalises with
 * BatchNorm and adds the block input twice. LayerNorm runs over the feature axis only, as
 * {@code torch.nn.LayerNorm(embedding)} does.
 *
 * <p>Input and output {@code (batch, tokens, embedding)}.
 */
final class TokenSelfAttentionBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int embedding;
    private final Parameter position;
    private final ScaledDotProductAttentionBlock attention;
    private final LayerNorm attentionNorm;
    private final SequentialBlock feedForward;
    private final LayerNorm feedForwardNorm;
    private final Dropout dropout;

    TokenSelfAttentionBlock(int embedding, int heads, float dropoutRate) {
        super(VERSION);
        this.embedding = embedding;
        position = addParameter(Parameter.builder().setName("position").setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(0.02f)).build());
        attention = addChildBlock("attention", ScaledDotProductAttentionBlock.builder()
                .setEmbeddingSize(embedding).setHeadCount(heads).optAttentionProbsDropoutProb(dropoutRate)
                .build());
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        feedForward = addChildBlock("feedForward", new SequentialBlock()
                .add(Linear.builder().setUnits(2L * embedding).build())
                .add(Activation.geluBlock())
                .add(Linear.builder().setUnits(embedding).build()));
        feedForwardNorm = addChildBlock("feedForwardNorm", LayerNorm.builder().axis(2).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(dropoutRate).build());
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        position.setShape(new Shape(in.get(1), in.get(2)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray pos = store.getValue(position, x.getDevice(), training);
        x = x.add(pos);
        NDArray attended = attention.forward(store, new NDList(x), training).singletonOrThrow();
        x = residual(store, attentionNorm, x, attended, training);
        NDArray fed = feedForward.forward(store, new NDList(x), training).singletonOrThrow();
        return new NDList(residual(store, feedForwardNorm, x, fed, training));
    }

    private NDArray residual(ParameterStore store, LayerNorm norm, NDArray x, NDArray update, boolean training) {
        NDArray dropped = dropout.forward(store, new NDList(update), training).singletonOrThrow();
        return norm.forward(store, new NDList(x.add(dropped)), training).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape tokens = inputShapes[0];
        if (tokens.get(2) != embedding) {
            throw new IllegalArgumentException("tokens of " + tokens.get(2) + " features, expected " + embedding);
        }
        attention.initialize(manager, dataType, tokens);
        attentionNorm.initialize(manager, dataType, tokens);
        feedForward.initialize(manager, dataType, tokens);
        feedForwardNorm.initialize(manager, dataType, tokens);
        dropout.initialize(manager, dataType, tokens);
    }
}
