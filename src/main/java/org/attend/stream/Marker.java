package org.attend.stream;

/**
 * An event on a stream's clock: a cue, an annotation, a trigger.
 *
 * @param label what happened, e.g. {@code "left"} or {@code "T1"}
 * @param time  source time, seconds
 */
public record Marker(String label, double time) {
}
