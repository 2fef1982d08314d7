package org.attend.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attend.stream.Command;
import org.attend.stream.Marker;

/**
 * Scores commands against cues. A decision at source time t rests on the window ending at t, so it is
 * attributed to the moment {@code t - lagSeconds} (half a window: the window's centre). A command whose
 * moment falls within {@code trialSeconds} after a cue is correct when it names the cued class; a command
 * outside every trial is a false activation. Accuracy is correct commands over commands within trials.
 */
public final class GroundTruthScorer {

    private final Set<String> classes;
    private final double trialSeconds;
    private final double lagSeconds;
    private final List<Marker> cues = new ArrayList<>();
    private int correct;
    private int wrong;
    private int falseActivations;
    private int trialsWithCommand;
    private Marker lastScoredTrial;

    /**
     * @param classes      cue labels that are trials (others are ignored)
     * @param trialSeconds how long after its cue a trial lasts
     * @param lagSeconds   how far a decision's evidence lies behind its time, usually half the window
     */
    public GroundTruthScorer(Set<String> classes, double trialSeconds, double lagSeconds) {
        this.classes = Set.copyOf(classes);
        this.trialSeconds = trialSeconds;
        this.lagSeconds = lagSeconds;
    }

    public void onMarker(Marker marker) {
        if (classes.contains(marker.label())) {
            cues.add(marker);
        }
    }

    public void onCommand(Command command) {
        Marker trial = trialAt(command.sourceTime() - lagSeconds);
        if (trial == null) {
            falseActivations++;
            return;
        }
        if (trial != lastScoredTrial) {
            trialsWithCommand++;
            lastScoredTrial = trial;
        }
        if (trial.label().equals(command.name())) {
            correct++;
        } else {
            wrong++;
        }
    }

    private Marker trialAt(double time) {
        for (int i = cues.size() - 1; i >= 0; i--) {
            Marker cue = cues.get(i);
            if (time >= cue.time() && time < cue.time() + trialSeconds) {
                return cue;
            }
            if (cue.time() + trialSeconds < time) {
                return null;
            }
        }
        return null;
    }

    public int trials() {
        return cues.size();
    }

    public int correct() {
        return correct;
    }

    public int wrong() {
        return wrong;
    }

    public int falseActivations() {
        return falseActivations;
    }

    public int trialsWithCommand() {
        return trialsWithCommand;
    }

    /** Correct over all commands within trials; NaN before any. */
    public double accuracy() {
        int scored = correct + wrong;
        return scored == 0 ? Double.NaN : (double) correct / scored;
    }
}
