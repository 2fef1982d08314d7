package org.attend.decode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attend.nn.AdaptiveNorm;
import org.attend.nn.NetworkFactory;
import org.attend.nn.NetworkOptions;
import org.attend.nn.Networks;
import org.attend.nn.TrainingRecipe;

/**
 * How a neural decoder builds, trains, fine-tunes and adapts its network, from decoder options
 * ({@code attend[net=fbnet,lr=1e-3,filters=8]}): keys of the runtime ({@link NnRuntime#KEYS}), of the decoder
 * ({@link #DECODER_KEYS}), of the training recipe ({@link #RECIPE_KEYS}); every other key is an option of the
 * network and must be one it knows.
 *
 * @param runtime        device and threads
 * @param network        the network plugin
 * @param networkOptions its options
 * @param training       the recipe of a training from scratch
 * @param fineTuning     the recipe of {@link Decoder#fineTune}: training continued from loaded weights
 * @param adaptAlignment whether live windows update the Euclidean-alignment reference (online alignment)
 * @param normAdaptation whether and how far the network's normalisation statistics follow the user at run time
 * @param fusion         the decoder kind of a second view fused with the network ({@link ViewFusion}), or null
 */
public record NeuralSettings(NnRuntime runtime, NetworkFactory network, NetworkOptions networkOptions,
                             TrainingRecipe training, TrainingRecipe fineTuning, boolean adaptAlignment,
                             AdaptiveNorm.Adaptation normAdaptation, String fusion) {

    /** The network a decoder builds unless {@code net} names another. */
    public static final String DEFAULT_NETWORK = "fbnet";
    /**
     * The recipe unless options say otherwise: {@link TrainingRecipe#defaults()} with mirrored windows (where the
     * montage and classes have a mirror image) and a seed ensemble of 5, as chosen by leave-one-subject-out on
     * eegmmidb S001–S012 (docs/decoders.md, "Choosing the recipe").
     */
    public static final TrainingRecipe DEFAULT_RECIPE = TrainingRecipe.defaults().toBuilder().optMirror(true)
            .optEnsemble(5).build();
    /** Fine-tuning runs at this fraction of the training learning rate unless {@code finetune-lr} is given. */
    public static final double FINE_TUNE_RATE_FACTOR = 0.1;
    /** Most fine-tuning epochs unless {@code finetune-epochs} is given. */
    public static final int FINE_TUNE_EPOCHS = 20;
    /** Fine-tuning stops when the validation loss has not improved for this many epochs. */
    public static final int FINE_TUNE_PATIENCE = 8;
    /** Test-time normalisation adaptation: the training statistics count for this many windows … */
    public static final int NORM_PRIOR_WINDOWS = 40;
    /** … the user's statistics get at most this share … */
    public static final double NORM_CAP = 0.5;
    /** … and become an exponential average over this many windows. */
    public static final int NORM_HORIZON_WINDOWS = 400;

    /** Options of the decoder itself. */
    public static final Set<String> DECODER_KEYS = Set.of("net", "adapt-alignment", "adapt-norm", "adapt-norm-cap",
            "adapt-norm-prior", "finetune-epochs", "finetune-lr", "fusion");
    /** Options of the training recipe. */
    public static final Set<String> RECIPE_KEYS = Set.of("epochs", "lr", "seed", "patience", "batch", "optimiser",
            "schedule", "weight-decay", "validation", "ensemble", "shift", "noise", "channel-dropout", "mirror");

    /**
     * Settings from decoder options; defaults are {@link #DEFAULT_RECIPE}, network {@value #DEFAULT_NETWORK}
     * with its own defaults, online alignment on, normalisation adaptation off.
     *
     * @param name the decoder's name, for messages
     * @throws IllegalArgumentException in one line, on an unknown key (for the decoder and its network) or a bad value
     */
    public static NeuralSettings fromOptions(DecoderOptions options, String name) {
        NetworkFactory network = Networks.factory(options.string("net", DEFAULT_NETWORK));
        Map<String, String> networkOptions = new LinkedHashMap<>();
        Set<String> ours = new HashSet<>(DECODER_KEYS);
        ours.addAll(RECIPE_KEYS);
        ours.addAll(NnRuntime.KEYS);
        options.asMap().forEach((k, v) -> {
            if (!ours.contains(k)) {
                networkOptions.put(k, v);
            }
        });
        Set<String> known = new HashSet<>(ours);
        known.addAll(network.optionKeys());
        options.requireOnly(known, name + "[net=" + network.name() + "]");
        TrainingRecipe training = recipe(options, DEFAULT_RECIPE);
        TrainingRecipe fineTuning = training.forFineTuning(options.integer("finetune-epochs", FINE_TUNE_EPOCHS),
                (float) options.decimal("finetune-lr", training.learningRate() * FINE_TUNE_RATE_FACTOR),
                FINE_TUNE_PATIENCE);
        AdaptiveNorm.Adaptation norm = options.bool("adapt-norm", false)
                ? AdaptiveNorm.Adaptation.on(options.integer("adapt-norm-prior", NORM_PRIOR_WINDOWS),
                options.decimal("adapt-norm-cap", NORM_CAP), NORM_HORIZON_WINDOWS)
                : AdaptiveNorm.Adaptation.OFF;
        return new NeuralSettings(NnRuntime.fromOptions(options), network, NetworkOptions.of(networkOptions), training,
                fineTuning, options.bool("adapt-alignment", true), norm, fusion(options));
    }

    /** The fused view's decoder kind ({@code fusion=ts-lr}), checked to be registered; null for none. */
    private static String fusion(DecoderOptions options) {
        String kind = options.string("fusion", "none");
        if (kind.equals("none")) {
            return null;
        }
        Decoders.factory(kind);
        return kind;
    }

    /** {@code defaults} with the recipe keys of {@code options} applied. */
    static TrainingRecipe recipe(DecoderOptions options, TrainingRecipe defaults) {
        TrainingRecipe.Builder b = defaults.toBuilder()
                .optEpochs(options.integer("epochs", defaults.epochs()))
                .optLearningRate((float) options.decimal("lr", defaults.learningRate()))
                .optSeed(options.integer("seed", defaults.seed()))
                .optPatience(options.integer("patience", defaults.patience()))
                .optBatchSize(options.integer("batch", defaults.batchSize()))
                .optWeightDecay((float) options.decimal("weight-decay", defaults.weightDecay()))
                .optValidationFraction(options.decimal("validation", defaults.validationFraction()))
                .optEnsemble(options.integer("ensemble", defaults.ensemble()))
                .optShiftSeconds(options.decimal("shift", defaults.shiftSeconds()))
                .optNoiseStd((float) options.decimal("noise", defaults.noiseStd()))
                .optChannelDropout((float) options.decimal("channel-dropout", defaults.channelDropout()))
                .optMirror(options.bool("mirror", defaults.mirror()));
        if (options.has("optimiser")) {
            b.optOptimiser(parse(TrainingRecipe.Optimiser.class, "optimiser", options.string("optimiser", "")));
        }
        if (options.has("schedule")) {
            b.optSchedule(parse(TrainingRecipe.Schedule.class, "schedule", options.string("schedule", "")));
        }
        return b.build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String key, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("decoder option " + key + "=" + value + " is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
