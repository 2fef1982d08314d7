package org.attend.stream;

/**
 * A decision sent to an external device.
 *
 * @param name       the command, usually a class name such as {@code "left"}, or {@code "stop"} on fail-safe
 * @param confidence probability that supported the decision, 0..1
 * @param sourceTime source time of the last sample the decision was based on, seconds
 * @param emitNanos  when the command was emitted, on the session's {@link Ticker} ({@link System#nanoTime()})
 */
public record Command(String name, float confidence, double sourceTime, long emitNanos) {
}
