package org.attend.realtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.attend.source.SimulationSpec;
import org.attend.stream.Marker;

/**
 * The defaults of the sessions {@code attend run}, {@code replay} and {@code live} build, in one place: the
 * commands and {@code attend bench session} use them alike.
 */
public final class SessionDefaults {

    /** Online block of {@code attend run --full}, seconds of signal. */
    public static final double RUN_ONLINE_SECONDS = 240;
    /** Cued calibration trials per class of {@code attend run --full} and of live sessions. */
    public static final int CALIBRATION_TRIALS_PER_CLASS = 20;
    /**
     * Calibration trials per class of the quick {@code attend run} (the least a self-paced calibration takes):
     * with its online block, about two minutes at real-time pace.
     */
    public static final int QUICK_RUN_TRIALS_PER_CLASS = 5;
    /** Online block of the quick {@code attend run}, seconds of signal. */
    public static final double QUICK_RUN_ONLINE_SECONDS = 20;
    /**
     * Fewest calibration trials per class whose decoder a session's report trusts; below it the report warns (the
     * self-paced calibration's minimum, too).
     */
    public static final int TRUSTED_TRIALS_PER_CLASS = 5;
    /** Trial length of replayed and live cues, seconds (eegmmidb's imagery lasts 4.1 s). */
    public static final double CUED_TRIAL_SECONDS = 4.0;

    private SessionDefaults() {
    }

    /**
     * About how long the simulator's calibration block of {@code trialsPerClass} lasts, seconds of signal: its cues
     * come in shuffled blocks holding every class once, each an imagery period and a rest.
     */
    public static double simulatedCalibrationSeconds(SimulationSpec spec, int trialsPerClass) {
        double trial = spec.imagerySeconds() + (spec.restMinSeconds() + spec.restMaxSeconds()) / 2;
        return (double) trialsPerClass * spec.classes().size() * trial;
    }

    /** The classes of a marker-to-class mapping, in the order they first appear. */
    public static List<String> classNames(Map<String, String> mapping) {
        return List.copyOf(new LinkedHashSet<>(mapping.values()));
    }

    /**
     * Calibration trials per class for a recording replayed without a model: half of the smallest class's trials,
     * and at least {@code atLeast} (a self-paced calibration's folds) while some are left to decode.
     *
     * @throws PreflightException when a class has too few trials for that
     */
    public static int calibrationTrials(List<Marker> markers, List<String> classNames, int atLeast) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        classNames.forEach(c -> counts.put(c, 0));
        markers.forEach(m -> counts.computeIfPresent(m.label(), (k, v) -> v + 1));
        int smallest = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int trials = Math.max(smallest / 2, atLeast);
        PreflightException.require(smallest >= 4 && trials < smallest, "recording has too few trials to calibrate on "
                + trials + " per class and decode the rest: " + counts + (atLeast > 1 ? " (a self-paced calibration "
                + "needs " + atLeast + " per class: replay more runs of the session, or give --detector none, "
                + "--model or --calibration-trials)" : " (give --model or --calibration-trials)"));
        return trials;
    }
}
