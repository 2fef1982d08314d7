package org.attend.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An event annotated in a recording (an EDF+ TAL entry, a GDF event, a BrainVision marker).
 *
 * @param onsetSeconds    start, seconds after the first sample of the recording's signals
 * @param durationSeconds length in seconds, 0 for a point event
 * @param label           the annotation text, e.g. {@code "T1"} or {@code "Stimulus/S255"}
 */
public record Annotation(double onsetSeconds, double durationSeconds, String label) {

    public Annotation {
        Objects.requireNonNull(label, "label");
    }

    /**
     * The annotations that overlap {@code [0, endSeconds]}, clipped to it: what MNE-Python keeps when it sets
     * a file's annotations on its data (end = sample count / rate).
     */
    static List<Annotation> crop(List<Annotation> annotations, double endSeconds) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            double end = a.onsetSeconds + a.durationSeconds;
            if (a.onsetSeconds > endSeconds || end < 0) {
                continue;
            }
            double onset = Math.max(0, a.onsetSeconds);
            out.add(onset == a.onsetSeconds && end <= endSeconds ? a
                    : new Annotation(onset, Math.min(end, endSeconds) - onset, a.label));
        }
        return out;
    }
}
