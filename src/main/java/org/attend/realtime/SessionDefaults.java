package org.attend.realtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.attend.stream.Marker;

/**
 * The defaults of the sessions {@code attend run}, {@code replay} and {@code live} build, in one place: the
 * commands and {@code attend bench session} use them alike.
 */
public final class SessionDefaults {

    /** Online block of {@code attend run}, seconds of signal. */
    public static final double RUN_ONLINE_SECONDS = 240;
    /** Cued calibration trials per class of the simulated and live sessions. */
    public static final int CALIBRATION_TRIALS_PER_CLASS = 20;
    /** Trial length of replayed and live cues, seconds (eegmmidb's imagery lasts 4.1 s). */
    public static final double CUED_TRIAL_SECONDS = 4.0;

    private SessionDefaults() {
    }

    /** The classes of a marker-to-class mapping, in the order they first appear. */
    public static List<String> classNames(Map<String, String> mapping) {
        return List.copyOf(new LinkedHashSet<>(mapping.values()));
    }

    /**
     * Calibration trials per class of a replayed recording: the first half of the trials of its rarest class,
     * so that the second half is decoded online.
     *
     * @throws PreflightException when a class has fewer than 4 trials
     */
    public static int halfOfTheTrials(List<Marker> markers, List<String> classNames) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        classNames.forEach(c -> counts.put(c, 0));
        markers.forEach(m -> counts.computeIfPresent(m.label(), (k, v) -> v + 1));
        int smallest = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        PreflightException.require(smallest >= 4, "recording has too few trials to calibrate on half of them: "
                + counts + " (give --model or --calibration-trials)");
        return smallest / 2;
    }
}
