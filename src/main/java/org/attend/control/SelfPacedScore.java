package org.attend.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;

/**
 * Scores the commands of a self-paced (asynchronous) session against its cue timeline, the way pseudo-online
 * evaluations of asynchronous BCIs do. A decision at source time {@code t} rests on the window ending at
 * {@code t}, so it is attributed to {@code t - lagSeconds} (half a window: the window's centre). A command whose
 * moment falls in a trial answers that trial, correctly when it names the cued class; a command in rest is a false
 * activation.
 *
 * <p>Figures ({@link Result}): false activations per minute of online time and per minute of rest, the share of
 * trials answered (any command), the correct share of in-trial commands, the median time from cue to the first
 * command of a trial, and the normalised Matthews correlation over events: every trial, and every trial-long piece
 * of rest, labelled by its first command (or none).
 */
public final class SelfPacedScore {

    private final CueTimeline timeline;
    private final double lagSeconds;
    private final List<String> classes;
    private final Map<Marker, String> firstCommand = new HashMap<>();
    private final List<Double> latencies = new ArrayList<>();
    private final List<Marker> falseActivations = new ArrayList<>();
    private int correct;
    private int wrong;

    /**
     * @param timeline   the cues and the span of the online block
     * @param lagSeconds how far a decision's evidence lies behind its time, usually half the window
     * @param classes    the command classes (the cue labels of trials)
     */
    public SelfPacedScore(CueTimeline timeline, double lagSeconds, List<String> classes) {
        this.timeline = timeline;
        this.lagSeconds = lagSeconds;
        this.classes = List.copyOf(classes);
    }

    /** Counts command {@code name} decided at source time {@code time}. */
    public void onCommand(String name, double time) {
        double moment = time - lagSeconds;
        Marker trial = timeline.trialAt(moment);
        if (trial == null) {
            falseActivations.add(new Marker(name, moment));
            return;
        }
        if (!firstCommand.containsKey(trial)) {
            firstCommand.put(trial, name);
            latencies.add(time - trial.time());
        }
        if (trial.label().equals(name)) {
            correct++;
        } else {
            wrong++;
        }
    }

    /** The figures so far, over the timeline's whole span. */
    public Result result() {
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        int firstCorrect = (int) firstCommand.entrySet().stream().filter(e -> e.getKey().label().equals(e.getValue()))
                .count();
        return new Result(timeline.cues().size(), firstCommand.size(), firstCorrect, correct, wrong,
                falseActivations.size(),
                timeline.endSeconds() - timeline.startSeconds(), timeline.restSeconds(), median, normalisedMcc());
    }

    /**
     * {@code (MCC + 1) / 2} of the event-level confusion (Gorodkin's multi-class MCC): truth is a trial's class or
     * "none" for a trial-long piece of rest; the prediction is the event's first command or "none".
     */
    private double normalisedMcc() {
        int k = classes.size() + 1;
        int none = classes.size();
        double[][] confusion = new double[k][k];
        for (Marker cue : timeline.cues()) {
            int truth = classes.indexOf(cue.label());
            if (truth < 0) {
                continue;
            }
            confusion[truth][column(firstCommand.get(cue), none)]++;
        }
        for (double[] rest : timeline.restIntervals(0)) {
            for (double start = rest[0]; start + timeline.trialSeconds() <= rest[1] + 1e-9;
                 start += timeline.trialSeconds()) {
                double from = start;
                double to = start + timeline.trialSeconds();
                String first = falseActivations.stream().filter(m -> m.time() >= from && m.time() < to)
                        .map(Marker::label).findFirst().orElse(null);
                confusion[none][column(first, none)]++;
            }
        }
        return (multiclassMcc(confusion) + 1) / 2;
    }

    private int column(String command, int none) {
        int i = command == null ? -1 : classes.indexOf(command);
        return i < 0 ? none : i;
    }

    /**
     * Gorodkin's multi-class Matthews correlation of a confusion matrix {@code [truth][prediction]}
     * ({@code sklearn.metrics.matthews_corrcoef}); 0 where it is undefined.
     */
    static double multiclassMcc(double[][] confusion) {
        int k = confusion.length;
        double total = 0;
        double trace = 0;
        double[] truth = new double[k];
        double[] predicted = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                total += confusion[i][j];
                truth[i] += confusion[i][j];
                predicted[j] += confusion[i][j];
            }
            trace += confusion[i][i];
        }
        double cross = 0;
        double pp = 0;
        double tt = 0;
        for (int i = 0; i < k; i++) {
            cross += predicted[i] * truth[i];
            pp += predicted[i] * predicted[i];
            tt += truth[i] * truth[i];
        }
        double denominator = Math.sqrt((total * total - pp) * (total * total - tt));
        return denominator == 0 ? 0 : (trace * total - cross) / denominator;
    }

    /**
     * The figures of a self-paced block.
     *
     * @param trials                 cued trials in the block
     * @param trialsAnswered         trials with at least one command
     * @param answeredCorrectly      trials whose first command named the cued class
     * @param correct                in-trial commands naming the cued class
     * @param wrong                  in-trial commands naming another class
     * @param falseActivations       commands in rest
     * @param onlineSeconds          length of the block
     * @param restSeconds            time in the block outside every trial
     * @param medianSecondsToCommand median time from a cue to the first command of its trial; NaN without any
     * @param normalisedMcc          event-level Matthews correlation mapped to [0, 1] (0.5 is chance)
     */
    public record Result(int trials, int trialsAnswered, int answeredCorrectly, int correct, int wrong,
                         int falseActivations,
                         double onlineSeconds, double restSeconds, double medianSecondsToCommand,
                         double normalisedMcc) {

        /** The figures of two blocks taken together (e.g. the folds of a cross-validation); the median is not kept. */
        public Result plus(Result other) {
            double total = onlineSeconds + other.onlineSeconds;
            return new Result(trials + other.trials, trialsAnswered + other.trialsAnswered,
                    answeredCorrectly + other.answeredCorrectly, correct + other.correct, wrong + other.wrong,
                    falseActivations + other.falseActivations, total, restSeconds + other.restSeconds, Double.NaN,
                    Double.NaN);
        }

        /** False activations per minute of online time. */
        public double falsePerMinute() {
            return onlineSeconds > 0 ? falseActivations * 60 / onlineSeconds : Double.NaN;
        }

        /** False activations per minute of rest. */
        public double falsePerRestMinute() {
            return restSeconds > 0 ? falseActivations * 60 / restSeconds : Double.NaN;
        }

        /** Share of trials that got at least one command. */
        public double answeredShare() {
            return trials > 0 ? (double) trialsAnswered / trials : Double.NaN;
        }

        /** Correct share of in-trial commands; NaN without any. */
        public double correctShare() {
            int scored = correct + wrong;
            return scored > 0 ? (double) correct / scored : Double.NaN;
        }
    }
}
