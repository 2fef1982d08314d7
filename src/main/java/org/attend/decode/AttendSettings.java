package org.attend.decode;

import org.attend.nn.DeviceChoice;
import org.attend.nn.NnEngine;
import org.attend.nn.TrainingOptions;

/**
 * How an {@code attend} decoder runs and trains.
 *
 * @param device             where the network runs
 * @param threads            intra-op threads of the engine (read once, when the engine starts)
 * @param training           optimiser, early stopping and augmentation settings
 * @param adaptAlignment     whether live windows update the Euclidean-alignment reference (online mode)
 * @param validationFraction share of the training windows held out for early stopping
 */
public record AttendSettings(DeviceChoice device, int threads, TrainingOptions training, boolean adaptAlignment,
                             double validationFraction) {

    /** System property naming the device ({@code cpu}, {@code gpu}, {@code auto}) for decoders made by the factory. */
    public static final String DEVICE_PROPERTY = "attend.nn.device";
    /** System property with the intra-op thread count for decoders made by the factory. */
    public static final String THREADS_PROPERTY = "attend.nn.threads";
    /** System property capping the training epochs of decoders made by the factory (e.g. in evaluations). */
    public static final String EPOCHS_PROPERTY = "attend.nn.epochs";

    public AttendSettings {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must lie in (0, 1), got " + validationFraction);
        }
    }

    /**
     * Defaults, with device, threads and epochs taken from {@value #DEVICE_PROPERTY},
     * {@value #THREADS_PROPERTY} and {@value #EPOCHS_PROPERTY} where set.
     */
    public static AttendSettings fromSystemProperties() {
        TrainingOptions training = TrainingOptions.defaults();
        return new AttendSettings(DeviceChoice.parse(System.getProperty(DEVICE_PROPERTY, "cpu")),
                Integer.getInteger(THREADS_PROPERTY, NnEngine.DEFAULT_THREADS),
                training.withEpochs(Integer.getInteger(EPOCHS_PROPERTY, training.epochs())), true, 0.2);
    }

    public AttendSettings withTraining(TrainingOptions options) {
        return new AttendSettings(device, threads, options, adaptAlignment, validationFraction);
    }

    public AttendSettings withAdaptAlignment(boolean adapt) {
        return new AttendSettings(device, threads, training, adapt, validationFraction);
    }
}
