package org.attend.control;

import java.util.Optional;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.stream.Ticker;

/**
 * Turns predictions into commands: a class must win with at least the threshold probability in
 * {@code dwell} consecutive windows, outside the refractory period after the previous command; the rest
 * class never becomes a command. The fail-safe {@link #STOP} is sent by the session engine when the stream goes
 * stale or the session fails; the policy is then {@link #reset}.
 * Times are source times, so behaviour does not depend on replay speed.
 */
public final class ControlPolicy {

    /** Name of the command every output receives when the stream goes stale or the session fails. */
    public static final String STOP = "stop";

    private final PolicySettings settings;
    private final Ticker ticker;
    private String streakClass;
    private int streak;
    private double refractoryUntil = Double.NEGATIVE_INFINITY;

    public ControlPolicy(PolicySettings settings) {
        this(settings, Ticker.SYSTEM);
    }

    /** The same, stamping commands with {@code ticker}'s time. */
    public ControlPolicy(PolicySettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
    }

    /** The command this prediction completes, if any. */
    public Optional<Command> update(Prediction prediction) {
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
        return Optional.of(new Command(best, p, prediction.sourceTime(), ticker.nanos()));
    }

    /** What the policy is accumulating after the latest prediction, at source time {@code sourceTime}. */
    public PolicyState state(double sourceTime) {
        return state(sourceTime, null);
    }

    /** The same, with why commands are held back now (e.g. a flat channel), null when they are not. */
    public PolicyState state(double sourceTime, String heldReason) {
        return new PolicyState(streakClass, streak, settings.dwell(), settings.threshold(),
                sourceTime < refractoryUntil, heldReason);
    }

    /** Forgets the windows accumulated so far: after a gap, or while commands are held back. */
    public void reset() {
        streakClass = null;
        streak = 0;
    }
}
