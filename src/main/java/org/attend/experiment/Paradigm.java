package org.attend.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.format.EegmmidbRuns;
import java.util.Collections;

/**
 * What to cut from the recordings and how: which runs, which annotations mark which class, the window
 * after each cue and the band-pass. Defaults follow MOABB's motor-imagery conventions (0–3 s, 8–32 Hz).
 *
 * @param name         paradigm name, e.g. {@code "left-right-imagery"}
 * @param runs         run ids to use (e.g. {@code R04}); empty for every run of the dataset
 * @param events       annotation label → class name, in class order
 * @param tminSeconds  window start after the cue
 * @param tmaxSeconds  window end after the cue (exclusive: {@code round((tmax - tmin) · fs)} samples)
 * @param bandLowHz    band-pass lower edge
 * @param bandHighHz   band-pass upper edge
 * @param channels     channel labels to keep, in this order; empty for all channels of the recording
 * @param trialSeconds time one decision takes, for the information transfer rate; 0 means the window length
 */
public record Paradigm(String name, List<String> runs, Map<String, String> events, double tminSeconds,
                       double tmaxSeconds, double bandLowHz, double bandHighHz, List<String> channels,
                       double trialSeconds) implements Serializable {

    /** Left vs right fist imagery of eegmmidb (runs 4, 8, 12; T1 = left, T2 = right). */
    public static final String LEFT_RIGHT = "left-right-imagery";
    /**
     * Left vs right fist of eegmmidb, imagined or executed ({@code --runs imagery|executed|both}; T1 = left,
     * T2 = right in both kinds of run); imagery by default.
     */
    public static final String LEFT_RIGHT_ANY = "left-right";
    /** Left, right and rest of eegmmidb: the T0 periods between cues are the rest class. */
    public static final String LEFT_RIGHT_REST = "left-right-rest";
    /** Run-set keywords accepted in place of run ids. */
    public static final String IMAGERY = "imagery";
    public static final String EXECUTED = "executed";
    public static final String BOTH = "both";
    private static final List<String> LR_IMAGERY = EegmmidbRuns.LEFT_RIGHT_IMAGERY;
    private static final List<String> LR_EXECUTED = EegmmidbRuns.LEFT_RIGHT_EXECUTED;
    private static final List<String> HF_IMAGERY = EegmmidbRuns.HANDS_FEET_IMAGERY;
    private static final List<String> HF_EXECUTED = EegmmidbRuns.HANDS_FEET_EXECUTED;
    /** Both fists vs both feet imagery of eegmmidb (runs 6, 10, 14; T1 = hands, T2 = feet). */
    public static final String HANDS_FEET = "hands-feet-imagery";

    public Paradigm {
        runs = runs == null ? List.of() : List.copyOf(runs);
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("paradigm '" + name + "' maps no annotation to a class");
        }
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        if (!(tmaxSeconds > tminSeconds)) {
            throw new IllegalArgumentException("paradigm '" + name + "': window " + tminSeconds + "–"
                    + tmaxSeconds + " s is empty");
        }
        if (!(bandLowHz >= 0 && bandHighHz > bandLowHz)) {
            throw new IllegalArgumentException("paradigm '" + name + "': band " + bandLowHz + "–" + bandHighHz
                    + " Hz is empty");
        }
        if (trialSeconds < 0) {
            throw new IllegalArgumentException("paradigm '" + name + "': trial duration must be >= 0 s");
        }
    }

    /** A built-in paradigm by name. */
    public static Paradigm named(String name) {
        return switch (name) {
            case LEFT_RIGHT, LEFT_RIGHT_ANY -> motorImagery(name, LR_IMAGERY);
            case HANDS_FEET -> motorImagery(name, HF_IMAGERY);
            case LEFT_RIGHT_REST -> {
                Map<String, String> events = EegmmidbRuns.cueClasses(LR_IMAGERY.get(0));
                events.put("T0", "rest");
                yield new Paradigm(name, LR_IMAGERY, events, 0, 3, 8, 32, List.of(), 0);
            }
            default -> throw new IllegalArgumentException("unknown paradigm '" + name + "' (built in: "
                    + LEFT_RIGHT + ", " + LEFT_RIGHT_ANY + ", " + LEFT_RIGHT_REST + ", " + HANDS_FEET + ")");
        };
    }

    /**
     * Run ids for {@code runs}: a single keyword ({@value #IMAGERY}, {@value #EXECUTED}, {@value #BOTH}) names
     * the imagined and/or executed runs of this built-in eegmmidb paradigm (the same cue → class mapping holds
     * in both); anything else is taken as run ids.
     */
    public List<String> resolveRuns(List<String> runs) {
        if (runs.size() != 1 || !List.of(IMAGERY, EXECUTED, BOTH).contains(runs.get(0))) {
            return runs;
        }
        List<String> imagery;
        List<String> executed;
        switch (name) {
            case LEFT_RIGHT, LEFT_RIGHT_ANY, LEFT_RIGHT_REST -> {
                imagery = LR_IMAGERY;
                executed = LR_EXECUTED;
            }
            case HANDS_FEET -> {
                imagery = HF_IMAGERY;
                executed = HF_EXECUTED;
            }
            default -> throw new IllegalArgumentException("--runs " + runs.get(0) + " needs a built-in eegmmidb "
                    + "paradigm, not '" + name + "'; give run ids instead");
        }
        return switch (runs.get(0)) {
            case IMAGERY -> imagery;
            case EXECUTED -> executed;
            default -> {
                List<String> all = new ArrayList<>(executed);
                all.addAll(imagery);
                all.sort(null);
                yield all;
            }
        };
    }

    private static Paradigm motorImagery(String name, List<String> runs) {
        return new Paradigm(name, runs, EegmmidbRuns.cueClasses(runs.get(0)), 0, 3, 8, 32, List.of(), 0);
    }

    /** Class names, in the order of first appearance in {@link #events()}. */
    public List<String> classes() {
        List<String> classes = new ArrayList<>();
        for (String c : events.values()) {
            if (!classes.contains(c)) {
                classes.add(c);
            }
        }
        return classes;
    }

    /** Window length, seconds. */
    public double windowSeconds() {
        return tmaxSeconds - tminSeconds;
    }

    /** Seconds per decision for the ITR: {@link #trialSeconds()} or, when 0, the window length. */
    public double decisionSeconds() {
        return trialSeconds > 0 ? trialSeconds : windowSeconds();
    }

    /** The same paradigm with another window. */
    public Paradigm withWindow(double tmin, double tmax) {
        return new Paradigm(name, runs, events, tmin, tmax, bandLowHz, bandHighHz, channels, trialSeconds);
    }

    /** The same paradigm with another band. */
    public Paradigm withBand(double lowHz, double highHz) {
        return new Paradigm(name, runs, events, tminSeconds, tmaxSeconds, lowHz, highHz, channels, trialSeconds);
    }

    /** The same paradigm restricted to these channels (empty: all). */
    public Paradigm withChannels(List<String> labels) {
        return new Paradigm(name, runs, events, tminSeconds, tmaxSeconds, bandLowHz, bandHighHz, labels,
                trialSeconds);
    }
}
