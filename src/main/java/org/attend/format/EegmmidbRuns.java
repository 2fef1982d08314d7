package org.attend.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of the PhysioNet EEG Motor Movement/Imagery Dataset (eegmmidb) and what their cues mean: the one place
 * that maps a run to its classes, for replaying a file ({@code source}) and for epoching a dataset
 * ({@code experiment}). Runs 3, 7, 11 (executed) and 4, 8, 12 (imagined) cue the left ({@code T1}) or right
 * ({@code T2}) fist; runs 5, 9, 13 (executed) and 6, 10, 14 (imagined) both fists ({@code T1}) or both feet
 * ({@code T2}); {@code T0} is rest in every task run; runs 1 and 2 are eyes-open and eyes-closed baselines.
 */
public final class EegmmidbRuns {

    /** Imagined left/right fist runs. */
    public static final List<String> LEFT_RIGHT_IMAGERY = List.of("R04", "R08", "R12");
    /** Executed left/right fist runs. */
    public static final List<String> LEFT_RIGHT_EXECUTED = List.of("R03", "R07", "R11");
    /** Imagined both fists / both feet runs. */
    public static final List<String> HANDS_FEET_IMAGERY = List.of("R06", "R10", "R14");
    /** Executed both fists / both feet runs. */
    public static final List<String> HANDS_FEET_EXECUTED = List.of("R05", "R09", "R13");

    private static final Pattern FILE_NAME = Pattern.compile("S\\d{3}(R\\d{2})\\.edf", Pattern.CASE_INSENSITIVE);

    private EegmmidbRuns() {
    }

    /** The run id ({@code R04}) of an eegmmidb file name such as {@code S001R04.edf}; empty for any other name. */
    public static Optional<String> runOf(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * What the cues {@code T1} and {@code T2} of a run mean, in that order: {@code left, right} or {@code hands,
     * feet}; empty for the baseline runs and ids outside the dataset.
     */
    public static Map<String, String> cueClasses(String run) {
        Map<String, String> classes = new LinkedHashMap<>();
        if (LEFT_RIGHT_IMAGERY.contains(run) || LEFT_RIGHT_EXECUTED.contains(run)) {
            classes.put("T1", "left");
            classes.put("T2", "right");
        } else if (HANDS_FEET_IMAGERY.contains(run) || HANDS_FEET_EXECUTED.contains(run)) {
            classes.put("T1", "hands");
            classes.put("T2", "feet");
        }
        return classes;
    }
}
