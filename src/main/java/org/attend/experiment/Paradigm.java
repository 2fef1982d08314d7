package org.attend.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** Both fists vs both feet imagery of eegmmidb (runs 6, 10, 14; T1 = hands, T2 = feet). */
    public static final String HANDS_FEET = "hands-feet-imagery";

    public Paradigm {
        runs = runs == null ? List.of() : List.copyOf(runs);
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("paradigm '" + name + "' maps no annotation to a class");
        }
        events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
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
            case LEFT_RIGHT -> motorImagery(name, List.of("R04", "R08", "R12"), "left", "right");
            case HANDS_FEET -> motorImagery(name, List.of("R06", "R10", "R14"), "hands", "feet");
            default -> throw new IllegalArgumentException("unknown paradigm '" + name + "' (built in: "
                    + LEFT_RIGHT + ", " + HANDS_FEET + ")");
        };
    }

    private static Paradigm motorImagery(String name, List<String> runs, String t1, String t2) {
        Map<String, String> events = new LinkedHashMap<>();
        events.put("T1", t1);
        events.put("T2", t2);
        return new Paradigm(name, runs, events, 0, 3, 8, 32, List.of(), 0);
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
