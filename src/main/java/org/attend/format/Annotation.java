package org.attend.format;

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
}
