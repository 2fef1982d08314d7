package org.attend.realtime;

import java.util.function.Supplier;
import org.attend.decode.Decoder;

/**
 * How a calibrated session becomes self-paced: an intent detector beside the class decoder
 * ({@link org.attend.decode.SelfPacedDecoder}), both calibrated on the cued trials and the rest between them, and
 * a control policy chosen for a false-activation budget by cross-validation inside the calibration block.
 *
 * @param freshClassDecoder a new class decoder (or the pretrained one, loaded afresh) for each fold
 * @param detector          the intent detector's decoder kind, e.g. {@code ts-lr}
 * @param maxFalsePerMinute the budget: false activations per online minute
 * @param fitPolicy         whether threshold, dwell and refractory period are fitted to the budget (false: the
 *                          plan's policy is kept)
 */
public record SelfPacing(Supplier<Decoder> freshClassDecoder, String detector, double maxFalsePerMinute,
                         boolean fitPolicy) {

    /** The budget when none is given: one false activation per minute. */
    public static final double DEFAULT_MAX_FALSE_PER_MINUTE = 1;

    public SelfPacing {
        if (!(maxFalsePerMinute >= 0) || Double.isInfinite(maxFalsePerMinute)) {
            throw new IllegalArgumentException("the false-activation budget must be a number >= 0 per minute, got "
                    + maxFalsePerMinute);
        }
    }
}
