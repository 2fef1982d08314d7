package org.attend.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The attention-weighted EEG network.
 *
 * <pre>
 * (B, C, T) ─ channel attention ─ avg-pool by the decimation factor d
 *   ─► multi-scale temporal conv (parallel kernels, concatenated)
 *   ─ depthwise spatial conv over all C ─ BN ─ ELU ─ avg-pool 4 ─ dropout
 *   ─ separable conv ─ BN ─ ELU ─ avg-pool 4 ─ dropout ─► S = T/(16 d) tokens of E features
 *   ─ self-attention layer ─ attention pooling ─ dropout ─ linear ─► logits (B, K)
 * </pre>
 *
 * Outputs {@value #LOGITS} (B, K), {@value #CHANNEL_WEIGHTS} (B, C) and {@value #TIME_WEIGHTS} (B, S), both
 * weight vectors softmax-normalised (each row sums to 1). Any change to this structure must bump
 * {@link AttendNetFactory#version()}.
 */
final class AttendNet extends NetworkBlock {

    private static final byte VERSION = 1;
    private static final float ELU_ALPHA = 1f;

    private final AttendNetConfig config;
    private final ChannelAttentionBlock channelAttention;
    private final SequentialBlock convolutions;
    private final TokenSelfAttentionBlock selfAttention;
    private final AttentionPoolingBlock pooling;
    private final Dropout dropout;
    private final Linear classifier;

    AttendNet(NetworkShape shape, AttendNetConfig config) {
        super(VERSION, shape);
        this.config = config;
        channelAttention = addChildBlock("channelAttention",
                new ChannelAttentionBlock(config.channels(), Math.max(8, config.channels() / 4)));
        convolutions = addChildBlock("convolutions", convolutions(config));
        selfAttention = addChildBlock("selfAttention",
                new TokenSelfAttentionBlock(config.embedding(), config.heads(), config.dropout()));
        pooling = addChildBlock("pooling", new AttentionPoolingBlock(config.embedding()));
        dropout = addChildBlock("dropout", Dropout.builder().optRate(config.dropout()).build());
        classifier = addChildBlock("classifier", Linear.builder().setUnits(config.classes()).build());
    }

    AttendNetConfig config() {
        return config;
    }

    private static SequentialBlock convolutions(AttendNetConfig c) {
        List<Block> scales = new ArrayList<>();
        for (int i = 0; i < c.kernelSeconds().size(); i++) {
            int k = c.kernelSamples(i);
            scales.add(Conv2d.builder().setFilters(c.filtersPerScale()).setKernelShape(new Shape(1, k))
                    .optPadding(new Shape(0, k / 2)).optBias(false).build());
        }
        int maps = c.temporalMaps();
        int spatialMaps = maps * c.depthMultiplier();
        int sep = c.separableSamples();
        SequentialBlock block = new SequentialBlock().addSingleton(x -> x.expandDims(1));
        if (c.decimation() > 1) {
            block.add(Pool.avgPool2dBlock(new Shape(1, c.decimation())));
        }
        return block
                // no batch norm on the (maps × channels × samples) tensor: it is the largest in the network
                // and the one after the spatial convolution normalises the same features
                .add(new ParallelBlock(AttendNet::concatMaps, scales))
                .add(Conv2d.builder().setFilters(spatialMaps).setKernelShape(new Shape(c.channels(), 1))
                        .optGroups(maps).optBias(false).build())
                .add(BatchNorm.builder().build())
                .add(Activation.eluBlock(ELU_ALPHA))
                .add(Pool.avgPool2dBlock(new Shape(1, AttendNetConfig.POOL_1)))
                .add(Dropout.builder().optRate(c.dropout()).build())
                .add(Conv2d.builder().setFilters(spatialMaps).setKernelShape(new Shape(1, sep))
                        .optPadding(new Shape(0, sep / 2)).optGroups(spatialMaps).optBias(false).build())
                .add(Conv2d.builder().setFilters(c.embedding()).setKernelShape(new Shape(1, 1))
                        .optBias(false).build())
                .add(BatchNorm.builder().build())
                .add(Activation.eluBlock(ELU_ALPHA))
                .add(Pool.avgPool2dBlock(new Shape(1, AttendNetConfig.POOL_2)))
                .add(Dropout.builder().optRate(c.dropout()).build())
                .addSingleton(x -> x.squeeze(2).transpose(0, 2, 1));
    }

    /** Stacks the feature maps of the parallel temporal convolutions along the map axis. */
    private static NDList concatMaps(List<NDList> outputs) {
        NDList heads = new NDList(outputs.size());
        outputs.forEach(o -> heads.add(o.head()));
        return new NDList(NDArrays.concat(heads, 1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList attended = channelAttention.forward(store, inputs, training);
        NDList tokens = convolutions.forward(store, new NDList(attended.get(0)), training);
        tokens = selfAttention.forward(store, tokens, training);
        NDList pooled = pooling.forward(store, tokens, training);
        NDArray features = dropout.forward(store, new NDList(pooled.get(0)), training).singletonOrThrow();
        NDArray logits = classifier.forward(store, new NDList(features), training).singletonOrThrow();
        return new NDList(named(logits, LOGITS), named(attended.get(1), CHANNEL_WEIGHTS),
                named(pooled.get(1), TIME_WEIGHTS));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, config.classes()), new Shape(batch, config.channels()),
            new Shape(batch, config.tokens())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape input = inputShapes[0];
        if (input.get(1) != config.channels() || input.get(2) != config.samples()) {
            throw new IllegalArgumentException("input " + input + " does not match the network's "
                    + config.channels() + " channels × " + config.samples() + " samples");
        }
        channelAttention.initialize(manager, dataType, input);
        convolutions.initialize(manager, dataType, input);
        Shape tokens = new Shape(input.get(0), config.tokens(), config.embedding());
        selfAttention.initialize(manager, dataType, tokens);
        pooling.initialize(manager, dataType, tokens);
        Shape features = new Shape(input.get(0), config.embedding());
        dropout.initialize(manager, dataType, features);
        classifier.initialize(manager, dataType, features);
    }
}
