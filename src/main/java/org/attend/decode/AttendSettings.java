package org.attend.decode;

import java.util.Set;
import org.attend.nn.DeviceChoice;
import org.attend.nn.NnEngine;
import org.attend.nn.TrainingOptions;

/**
 * How an {@code attend} decoder runs, trains and fine-tunes.
 *
 * @param device             where the network runs
 * @param threads            intra-op threads of the engine (read once, when the engine starts)
 * @param training           optimiser, early stopping and augmentation settings of a training from scratch
 * @param adaptAlignment     whether live windows update the Euclidean-alignment reference (online mode)
 * @param validationFraction share of the training windows held out for early stopping
 * @param fineTuning         settings of {@link Decoder#fineTune}: training continued from loaded weights
 */
public record AttendSettings(DeviceChoice device, int threads, TrainingOptions training, boolean adaptAlignment,
                             double validationFraction, TrainingOptions fineTuning) {

    /** Fine-tuning runs at this fraction of the training learning rate unless {@code finetune-lr} is given. */
    public static final double FINE_TUNE_RATE_FACTOR = 0.1;
    /** Most fine-tuning epochs unless {@code finetune-epochs} is given. */
    public static final int FINE_TUNE_EPOCHS = 20;
    /** Fine-tuning stops when the validation loss has not improved for this many epochs. */
    public static final int FINE_TUNE_PATIENCE = 8;

    /** The {@link DecoderOptions} keys of the {@code attend} decoder. */
    public static final Set<String> OPTION_KEYS = Set.of("device", "threads", "epochs", "lr", "seed", "patience",
            "batch", "adapt-alignment", "finetune-epochs", "finetune-lr");

    public AttendSettings {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must lie in (0, 1), got " + validationFraction);
        }
    }

    /** Settings with the default fine-tuning derived from {@code training} (see {@link #fineTuningOf}). */
    public AttendSettings(DeviceChoice device, int threads, TrainingOptions training, boolean adaptAlignment,
                          double validationFraction) {
        this(device, threads, training, adaptAlignment, validationFraction, fineTuningOf(training));
    }

    /**
     * The default fine-tuning of a training: {@value #FINE_TUNE_EPOCHS} epochs at most, patience
     * {@value #FINE_TUNE_PATIENCE}, {@value #FINE_TUNE_RATE_FACTOR} × its learning rate, same augmentation.
     */
    public static TrainingOptions fineTuningOf(TrainingOptions training) {
        return new TrainingOptions(FINE_TUNE_EPOCHS, training.batchSize(),
                (float) (training.learningRate() * FINE_TUNE_RATE_FACTOR), training.weightDecay(), FINE_TUNE_PATIENCE,
                training.seed(), training.maxShiftSeconds(), training.noiseStd(), training.channelDropout(),
                training.progress());
    }

    /**
     * Settings from decoder options (keys {@link #OPTION_KEYS}): {@code device} (cpu, gpu, auto; default cpu),
     * {@code threads} (default {@value NnEngine#DEFAULT_THREADS}), {@code epochs}, {@code lr}, {@code seed},
     * {@code patience}, {@code batch} (defaults: {@link TrainingOptions#defaults()}), {@code adapt-alignment}
     * (default true), {@code finetune-epochs} and {@code finetune-lr} (defaults: {@link #fineTuningOf}).
     *
     * @throws IllegalArgumentException on an unknown key or a bad value, in one line
     */
    public static AttendSettings fromOptions(DecoderOptions options) {
        options.requireOnly(OPTION_KEYS, AttendDecoder.NAME);
        TrainingOptions d = TrainingOptions.defaults();
        TrainingOptions training = new TrainingOptions(options.integer("epochs", d.epochs()),
                options.integer("batch", d.batchSize()), (float) options.decimal("lr", d.learningRate()),
                d.weightDecay(), options.integer("patience", d.patience()), options.integer("seed", d.seed()),
                d.maxShiftSeconds(), d.noiseStd(), d.channelDropout(), d.progress());
        TrainingOptions tune = fineTuningOf(training);
        tune = new TrainingOptions(options.integer("finetune-epochs", tune.epochs()), tune.batchSize(),
                (float) options.decimal("finetune-lr", tune.learningRate()), tune.weightDecay(),
                Math.min(tune.patience(), options.integer("finetune-epochs", tune.epochs())), tune.seed(),
                tune.maxShiftSeconds(), tune.noiseStd(), tune.channelDropout(), tune.progress());
        return new AttendSettings(DeviceChoice.parse(options.string("device", "cpu")),
                options.integer("threads", NnEngine.DEFAULT_THREADS), training,
                options.bool("adapt-alignment", true), 0.2, tune);
    }

    /** The keys of a machine, not of a model: never written into a model card. */
    public static final Set<String> RUNTIME_KEYS = Set.of("device", "threads");

    public AttendSettings withTraining(TrainingOptions options) {
        return new AttendSettings(device, threads, options, adaptAlignment, validationFraction, fineTuning);
    }

    public AttendSettings withFineTuning(TrainingOptions options) {
        return new AttendSettings(device, threads, training, adaptAlignment, validationFraction, options);
    }

    public AttendSettings withAdaptAlignment(boolean adapt) {
        return new AttendSettings(device, threads, training, adapt, validationFraction, fineTuning);
    }
}
