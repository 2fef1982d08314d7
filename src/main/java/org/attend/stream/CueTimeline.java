package org.attend.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When the person at the headset was asked for what: cued trials of a fixed length, and the rest between them.
 * A trial runs from its cue for {@code trialSeconds}; time in the span outside every trial is rest.
 *
 * @param cues         the cues of trials, their labels the class names, in time order
 * @param trialSeconds how long after its cue a trial lasts
 * @param startSeconds start of the span the timeline covers
 * @param endSeconds   end of that span
 */
public record CueTimeline(List<Marker> cues, double trialSeconds, double startSeconds, double endSeconds) {

    public CueTimeline {
        List<Marker> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingDouble(Marker::time));
        cues = List.copyOf(sorted);
        if (!(trialSeconds > 0) || !(endSeconds >= startSeconds)) {
            throw new IllegalArgumentException("a timeline needs a positive trial length and an end after its start, "
                    + "got " + trialSeconds + " s, " + startSeconds + "–" + endSeconds + " s");
        }
    }

    /** The trial whose span holds {@code time}, or null in rest. */
    public Marker trialAt(double time) {
        Marker found = null;
        for (Marker cue : cues) {
            if (cue.time() > time) {
                break;
            }
            if (time < cue.time() + trialSeconds) {
                found = cue;
            }
        }
        return found;
    }

    /** Seconds of the span outside every trial. */
    public double restSeconds() {
        return restIntervals(0).stream().mapToDouble(r -> r[1] - r[0]).sum();
    }

    /**
     * The rest intervals of the span, {@code [from, to]} seconds, each shrunk by {@code marginSeconds} at both ends
     * (away from the trials' edges); intervals shorter than twice the margin are left out.
     */
    public List<double[]> restIntervals(double marginSeconds) {
        List<double[]> rest = new ArrayList<>();
        double from = startSeconds;
        for (Marker cue : cues) {
            if (cue.time() > from) {
                add(rest, from, Math.min(cue.time(), endSeconds), marginSeconds, from == startSeconds);
            }
            from = Math.max(from, cue.time() + trialSeconds);
        }
        if (from < endSeconds) {
            add(rest, from, endSeconds, marginSeconds, from == startSeconds);
        }
        return rest;
    }

    private static void add(List<double[]> rest, double from, double to, double margin, boolean atStart) {
        double a = atStart ? from : from + margin;
        double b = to - margin;
        if (b > a) {
            rest.add(new double[] {a, b});
        }
    }

    /** The part of this timeline in {@code [from, to)}: the cues there, the same trial length. */
    public CueTimeline between(double from, double to) {
        return new CueTimeline(cues.stream().filter(c -> c.time() >= from && c.time() < to).toList(), trialSeconds,
                from, to);
    }

    /** Trials per class name, in the order of {@code classes}. */
    public int[] trialsPerClass(List<String> classes) {
        int[] counts = new int[classes.size()];
        for (Marker cue : cues) {
            int k = classes.indexOf(cue.label());
            if (k >= 0) {
                counts[k]++;
            }
        }
        return counts;
    }
}
