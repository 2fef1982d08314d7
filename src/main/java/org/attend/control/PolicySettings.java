package org.attend.control;

/**
 * When a stream of predictions becomes a command.
 *
 * @param threshold         minimum probability of the winning class
 * @param dwell             consecutive windows that must agree on the same class above threshold
 * @param refractorySeconds source time after a command during which no other command is emitted
 * @param restClass         a class that means "do nothing" (never emitted); null if none
 */
public record PolicySettings(double threshold, int dwell, double refractorySeconds, String restClass) {

    /** 0.8 probability, 5 agreeing windows, 1 s refractory, class {@code rest} emits nothing. */
    public static PolicySettings defaults() {
        return new PolicySettings(0.8, 5, 1.0, "rest");
    }

    public PolicySettings {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in 0..1, got " + threshold);
        }
        if (dwell < 1) {
            throw new IllegalArgumentException("dwell must be at least 1 window, got " + dwell);
        }
        if (!(refractorySeconds >= 0)) {
            throw new IllegalArgumentException("refractory period must be >= 0 s, got " + refractorySeconds);
        }
    }
}
