package org.attend.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Set;
import org.attend.nn.NetworkBlock;
import org.attend.nn.NetworkFactory;
import org.attend.nn.NetworkOptions;
import org.attend.nn.NetworkShape;

/**
 * A researcher's network written against the public SPI only, as a plugin jar would: the log power of each
 * electrode, a channel-attention softmax over it, and a linear classifier. Registered as {@value #NAME} in the
 * test classpath's {@code META-INF/services/org.attend.nn.NetworkFactory}.
 */
public final class LogPowerNetFactory implements NetworkFactory {

    static final String NAME = "test-logpower";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "log power per electrode → channel attention → linear (a test plugin)";
    }

    @Override
    public Set<String> optionKeys() {
        return Set.of();
    }

    @Override
    public NetworkBlock build(NetworkShape shape, NetworkOptions options) {
        options.requireOnly(optionKeys(), NAME);
        return new LogPowerNet(shape);
    }

    private static final class LogPowerNet extends NetworkBlock {
        private final Linear score;
        private final Linear classifier;

        LogPowerNet(NetworkShape shape) {
            super((byte) 1, shape);
            score = addChildBlock("score", Linear.builder().setUnits(shape.channels()).build());
            classifier = addChildBlock("classifier", Linear.builder().setUnits(shape.classes()).build());
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                         PairList<String, Object> params) {
            NDArray x = inputs.singletonOrThrow();
            NDArray logPower = x.square().mean(new int[] {2}).add(scalar(x.getManager(), 1e-3f)).log();
            NDArray weights = score.forward(store, new NDList(logPower), training).head().softmax(1);
            NDArray logits = classifier.forward(store, new NDList(logPower), training).head();
            return new NDList(named(logits, LOGITS), named(weights, CHANNEL_WEIGHTS));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            long batch = inputShapes[0].get(0);
            return new Shape[] {new Shape(batch, shape().classes()), new Shape(batch, shape().channels())};
        }

        @Override
        protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
            Shape features = new Shape(inputShapes[0].get(0), shape().channels());
            score.initialize(manager, dataType, features);
            classifier.initialize(manager, dataType, features);
        }
    }
}
