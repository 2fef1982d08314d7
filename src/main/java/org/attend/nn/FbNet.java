package org.attend.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.List;

/**
 * A filter-bank network with a log-variance (band power) stage and attention over (band × time segment)
 * tokens, in the line of FBCNet (Mane et al. 2021) and IFNet: its weights say which band and when.
 *
 * <pre>
 * (B, C, T) ─ fixed FIR band-pass bank (F bands, K taps, valid convolution) ─► (B, F, C, T−K+1)
 *   ─ spatial convolution per band (M filters each, over all C electrodes) ─► (B, F·M, T')
 *   ─ log-variance in S equal segments ─► (B, F·M, S) ─ {@link AdaptiveNorm}
 *   ─ tokens (band f, segment s) of M features ─ attention: softmax over F·S of w·tanh(U x + p(f,s))
 *   ─ each token scaled by 1 + g·(F·S × its weight − 1), g a learnt gate starting at 0, flattened
 *   ─ dropout ─ linear ─► logits (B, K)
 * </pre>
 *
 * The band-pass bank is fixed (not trained; {@link FirBandpass}), so a network trained on one montage learns
 * only spatial filters, normalisation, attention and the classifier (a few thousand weights). Outputs:
 * logits, band × time weights, time weights (their sum over bands) and channel weights: per electrode, the
 * magnitude of the spatial filters of each band weighted by that band's attention. After Euclidean alignment
 * the input's spatial covariance is about the identity, where a spatial filter is also its activation pattern,
 * so these channel weights read as a scalp map.
 */
final class FbNet extends NetworkBlock {

    private static final byte VERSION = 1;
    private static final float VARIANCE_FLOOR = 1e-6f;

    private final FbNetConfig config;
    private final Parameter taps;
    private final Conv2d spatial;
    private final AdaptiveNorm norm;
    private final Linear timeHidden;
    private final Parameter timePosition;
    private final Linear timeScore;
    private final Linear bandHidden;
    private final Parameter bandPosition;
    private final Linear bandScore;
    private final Parameter bandGate;
    private final Dropout dropout;
    private final Linear classifier;

    FbNet(NetworkShape shape, FbNetConfig config) {
        super(VERSION, shape);
        this.config = config;
        int f = config.bands().size();
        int m = config.filtersPerBand();
        taps = addParameter(Parameter.builder().setName("bandTaps").setType(Parameter.Type.OTHER)
                .optShape(new Shape(f, 1, 1, config.taps())).optRequiresGrad(false)
                .optInitializer(new FixedTaps(config.designTaps(shape.sampleRateHz()))).build());
        spatial = addChildBlock("spatial", Conv2d.builder().setFilters(f * m)
                .setKernelShape(new Shape(shape.channels(), 1)).optGroups(f).optBias(false).build());
        norm = addChildBlock("norm", new AdaptiveNorm(f * m));
        int units = config.attentionUnits();
        timeHidden = addChildBlock("timeHidden", Linear.builder().setUnits(units).build());
        timePosition = addParameter(Parameter.builder().setName("timePosition").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(f, config.segments(), units)).optInitializer(new NormalInitializer(0.02f)).build());
        timeScore = addChildBlock("timeScore", Linear.builder().setUnits(1).optBias(false).build());
        bandHidden = addChildBlock("bandHidden", Linear.builder().setUnits(units).build());
        bandPosition = addParameter(Parameter.builder().setName("bandPosition").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(f, units)).optInitializer(new NormalInitializer(0.02f)).build());
        bandScore = addChildBlock("bandScore", Linear.builder().setUnits(1).optBias(false).build());
        bandGate = addParameter(Parameter.builder().setName("bandGate").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(1)).optInitializer(Initializer.ZEROS).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(config.dropout()).build());
        classifier = addChildBlock("classifier", Linear.builder().setUnits(shape.classes()).build());
    }

    FbNetConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDManager scope = x.getManager();
        Device device = x.getDevice();
        long batch = x.getShape().get(0);
        int f = config.bands().size();
        int m = config.filtersPerBand();
        int s = config.segments();
        // (B, 1, C, T) through the fixed bank: each band's FIR over time, every electrode alike
        NDArray banded = Conv2d.conv2d(x.expandDims(1), store.getValue(taps, device, training)).head();
        NDArray filtered = spatial.forward(store, new NDList(banded), training).head().squeeze(2);
        long used = filtered.getShape().get(2) / s * s;
        NDArray segments = filtered.get(":, :, :" + used).reshape(batch, (long) f * m, s, used / s);
        NDArray centred = segments.sub(segments.mean(new int[] {3}, true));
        NDArray logVariance = centred.square().mean(new int[] {3})
                .maximum(scalar(scope, VARIANCE_FLOOR)).log();
        NDArray normalised = norm.forward(store, new NDList(logVariance), training).head();
        // tokens (band, segment) of the band's M filter features: (B, F, S, M)
        NDArray tokens = normalised.reshape(batch, f, m, s).transpose(0, 1, 3, 2);
        NDArray pooled;
        NDArray timeWeights;
        NDArray bandWeights;
        if (config.attention()) {
            // when: a softmax over each band's segments pools its log-variances
            NDArray timeHidden = this.timeHidden.forward(store, new NDList(tokens), training).head()
                    .add(store.getValue(timePosition, device, training)).tanh();
            timeWeights = timeScore.forward(store, new NDList(timeHidden), training).head().squeeze(3).softmax(2);
            pooled = tokens.mul(timeWeights.expandDims(3)).sum(new int[] {2});
            // which band: a softmax over bands scales them through a gated residual, 1 + g·(F·w − 1), g learnt from
            // 0, so the network starts as a plain filter-bank log-variance model and uses the weights as far as
            // they help
            NDArray bandHidden = this.bandHidden.forward(store, new NDList(pooled), training).head()
                    .add(store.getValue(bandPosition, device, training)).tanh();
            bandWeights = bandScore.forward(store, new NDList(bandHidden), training).head().squeeze(2).softmax(1);
            NDArray scale = bandWeights.mul(scalar(scope, f)).sub(scalar(scope, 1))
                    .mul(store.getValue(bandGate, device, training)).add(scalar(scope, 1));
            pooled = pooled.mul(scale.expandDims(2));
        } else {
            timeWeights = tokens.get(":, :, :, 0").zerosLike().add(scalar(scope, 1f / s));
            bandWeights = timeWeights.get(":, :, 0").zerosLike().add(scalar(scope, 1f / f));
            pooled = tokens.mean(new int[] {2});
        }
        NDArray weighted = pooled.reshape(batch, (long) f * m);
        NDArray features = dropout.forward(store, new NDList(weighted), training).head();
        NDArray logits = classifier.forward(store, new NDList(features), training).head();
        NDArray bandTime = timeWeights.mul(bandWeights.expandDims(2));
        // (F·M, 1, C, 1) filters → per band, the summed magnitude over its M filters: (F, C)
        NDArray filterMagnitude = store.getValue(spatial.getParameters().get("weight"), device, training).abs()
                .reshape(f, m, shape().channels()).sum(new int[] {1});
        NDArray channelScore = bandWeights.matMul(filterMagnitude);
        NDArray channelWeights = channelScore.div(channelScore.sum(new int[] {1}, true));
        return new NDList(named(logits, LOGITS), named(channelWeights, CHANNEL_WEIGHTS),
                named(bandTime.sum(new int[] {1}), TIME_WEIGHTS), named(bandTime, BAND_TIME_WEIGHTS));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        int f = config.bands().size();
        return new Shape[] {new Shape(batch, shape().classes()), new Shape(batch, shape().channels()),
            new Shape(batch, config.segments()), new Shape(batch, f, config.segments())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape input = inputShapes[0];
        if (input.get(1) != shape().channels() || input.get(2) != shape().samples()) {
            throw new IllegalArgumentException("input " + input + " does not match the network's "
                    + shape().channels() + " channels × " + shape().samples() + " samples");
        }
        long batch = input.get(0);
        int f = config.bands().size();
        int m = config.filtersPerBand();
        long filtered = shape().samples() - config.taps() + 1;
        spatial.initialize(manager, dataType, new Shape(batch, f, shape().channels(), filtered));
        norm.initialize(manager, dataType, new Shape(batch, (long) f * m, config.segments()));
        int units = config.attentionUnits();
        timeHidden.initialize(manager, dataType, new Shape(batch, f, config.segments(), m));
        timeScore.initialize(manager, dataType, new Shape(batch, f, config.segments(), units));
        bandHidden.initialize(manager, dataType, new Shape(batch, f, m));
        bandScore.initialize(manager, dataType, new Shape(batch, f, units));
        dropout.initialize(manager, dataType, new Shape(batch, (long) f * m));
        classifier.initialize(manager, dataType, new Shape(batch, (long) f * m));
    }

    /** Initialises the band taps with the designed filters (they are never trained). */
    private static final class FixedTaps implements Initializer {
        private final float[] values;

        FixedTaps(float[] values) {
            this.values = values;
        }

        @Override
        public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
            if (shape.size() != values.length) {
                throw new IllegalArgumentException("band taps of shape " + shape + " but " + values.length
                        + " designed values");
            }
            return NetModel.owned(manager.create(values, shape));
        }
    }

    /**
     * Hyper-parameters of {@link FbNet}; rebuilt from the model card's network options.
     *
     * @param bands          pass bands, Hz, each {@code [low, high]}
     * @param taps           taps of each band's FIR filter (odd)
     * @param filtersPerBand spatial filters per band (M)
     * @param segments       time segments of the log-variance (S)
     * @param attentionUnits hidden units of the attention score
     * @param dropout        dropout before the classifier
     * @param attention      whether the attention scales the tokens (false: a plain filter-bank log-variance
     *                       model, for ablation; the weights are still computed and reported)
     */
    record FbNetConfig(List<double[]> bands, int taps, int filtersPerBand, int segments, int attentionUnits,
                       float dropout, boolean attention) {

        FbNetConfig {
            bands = List.copyOf(bands);
            if (bands.isEmpty() || taps < 3 || taps % 2 == 0 || filtersPerBand < 1 || segments < 1
                    || attentionUnits < 1 || !(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("fbnet needs >= 1 band, an odd number of taps >= 3, >= 1 filter, "
                        + "segment and attention unit, and dropout in [0, 1)");
            }
        }

        float[] designTaps(double rateHz) {
            float[] all = new float[bands.size() * taps];
            for (int b = 0; b < bands.size(); b++) {
                double[] h = FirBandpass.design(bands.get(b)[0], bands.get(b)[1], taps, rateHz);
                for (int k = 0; k < taps; k++) {
                    all[b * taps + k] = (float) h[k];
                }
            }
            return all;
        }
    }
}
