package org.attend.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attend.stream.Command;
import org.attend.stream.PredictionStream;
import org.attend.stream.Prediction;

/**
 * Chooses a control policy for a false-activation budget: the threshold, dwell and refractory period under which
 * pseudo-online prediction streams (e.g. the held-out folds of a calibration block) make at most
 * {@code maxFalsePerMinute} false activations per minute while answering as many trials correctly as possible
 * (ties: fewer false activations, then more trials answered). Where no setting meets the budget, the one with the
 * fewest false activations is chosen and {@link Fit#budgetMet()} says so.
 */
public final class PolicyFit {

    /** Thresholds tried, on the probability of the winning non-rest class. */
    static final double[] THRESHOLDS = range(0.2, 0.95, 0.025);
    /** Dwell tried, windows. */
    static final int[] DWELLS = {1, 2, 3, 4, 5, 6, 8, 10, 12, 16};
    /** Refractory periods tried, seconds. */
    static final double[] REFRACTORY_SECONDS = {0.5, 1, 2, 3};

    private PolicyFit() {
    }

    /**
     * The chosen policy and what it did on the streams.
     *
     * @param policy    the setting chosen
     * @param expected  its figures on the streams taken together
     * @param budgetMet whether it makes at most the budgeted false activations per minute
     */
    public record Fit(PolicySettings policy, SelfPacedScore.Result expected, boolean budgetMet) {
    }

    /**
     * The best setting on {@code streams}.
     *
     * @param classes           the command classes
     * @param restClass         the class that never becomes a command (null for none)
     * @param lagSeconds        evidence lag of a decision (half a window)
     * @param maxFalsePerMinute the budget, false activations per online minute
     */
    public static Fit fit(List<PredictionStream> streams, List<String> classes, String restClass, double lagSeconds,
                          double maxFalsePerMinute) {
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("fitting a policy needs at least one stream of predictions");
        }
        Fit best = null;
        for (double threshold : THRESHOLDS) {
            for (int dwell : DWELLS) {
                for (double refractory : REFRACTORY_SECONDS) {
                    PolicySettings settings = new PolicySettings(threshold, dwell, refractory, restClass);
                    SelfPacedScore.Result r = simulate(settings, streams, classes, lagSeconds);
                    Fit candidate = new Fit(settings, r, r.falsePerMinute() <= maxFalsePerMinute);
                    if (best == null || better(candidate, best)) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /** What {@code settings} make of the streams, taken together. */
    public static SelfPacedScore.Result simulate(PolicySettings settings, List<PredictionStream> streams, List<String> classes,
                                                 double lagSeconds) {
        SelfPacedScore.Result total = null;
        for (PredictionStream stream : streams) {
            ControlPolicy policy = new ControlPolicy(settings);
            SelfPacedScore score = new SelfPacedScore(stream.timeline(), lagSeconds, classes);
            for (Prediction p : stream.predictions()) {
                Optional<Command> command = policy.update(p);
                command.ifPresent(c -> score.onCommand(c.name(), c.sourceTime()));
            }
            total = total == null ? score.result() : total.plus(score.result());
        }
        return total;
    }

    private static boolean better(Fit a, Fit b) {
        if (a.budgetMet() != b.budgetMet()) {
            return a.budgetMet();
        }
        if (!a.budgetMet()) {
            return a.expected().falseActivations() < b.expected().falseActivations();
        }
        if (a.expected().answeredCorrectly() != b.expected().answeredCorrectly()) {
            return a.expected().answeredCorrectly() > b.expected().answeredCorrectly();
        }
        if (a.expected().falseActivations() != b.expected().falseActivations()) {
            return a.expected().falseActivations() < b.expected().falseActivations();
        }
        return a.expected().trialsAnswered() > b.expected().trialsAnswered();
    }

    private static double[] range(double from, double to, double step) {
        List<Double> values = new ArrayList<>();
        for (double v = from; v <= to + 1e-9; v += step) {
            values.add(Math.round(v * 1000) / 1000.0);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
