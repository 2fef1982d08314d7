package org.attend.control;

import java.util.Optional;
import org.attend.stream.Command;
import org.attend.stream.Prediction;

/**
 * Turns predictions into commands: a class must win with at least the threshold probability in
 * {@code dwell} consecutive windows, outside the refractory period after the previous command; the rest
 * class never becomes a command. When the signal is lost, {@link #failSafe} emits {@code stop} once.
 * Times are source times, so behaviour does not depend on replay speed.
 */
public final class ControlPolicy {

    /** Name of the command emitted when the signal is lost. */
    public static final String STOP = "stop";

    private final PolicySettings settings;
    private String streakClass;
    private int streak;
    private double refractoryUntil = Double.NEGATIVE_INFINITY;
    private boolean stopped;

    public ControlPolicy(PolicySettings settings) {
        this.settings = settings;
    }

    /** The command this prediction completes, if any. */
    public Optional<Command> update(Prediction prediction) {
        stopped = false;
        String best = prediction.bestClass();
        float p = prediction.bestProbability();
        if (p < settings.threshold() || best.equals(settings.restClass())) {
            streakClass = null;
            streak = 0;
            return Optional.empty();
        }
        if (best.equals(streakClass)) {
            streak++;
        } else {
            streakClass = best;
            streak = 1;
        }
        if (streak < settings.dwell() || prediction.sourceTime() < refractoryUntil) {
            return Optional.empty();
        }
        streakClass = null;
        streak = 0;
        refractoryUntil = prediction.sourceTime() + settings.refractorySeconds();
        return Optional.of(new Command(best, p, prediction.sourceTime(), System.nanoTime()));
    }

    /** What the policy is accumulating after the latest prediction, at source time {@code sourceTime}. */
    public PolicyState state(double sourceTime) {
        return new PolicyState(streakClass, streak, settings.dwell(), settings.threshold(),
                sourceTime < refractoryUntil, null);
    }

    /** {@code stop} the first time the signal is lost since the last prediction; empty after that. */
    public Optional<Command> failSafe(double lastSourceTime) {
        streakClass = null;
        streak = 0;
        if (stopped) {
            return Optional.empty();
        }
        stopped = true;
        return Optional.of(new Command(STOP, 1f, lastSourceTime, System.nanoTime()));
    }
}
