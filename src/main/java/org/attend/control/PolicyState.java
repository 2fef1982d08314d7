package org.attend.control;

/**
 * Where the control policy stands after a prediction: what it is accumulating towards a command.
 *
 * @param leadingClass   the class building up dwell, null if none is above threshold
 * @param dwellCount     consecutive agreeing windows so far
 * @param dwellRequired  windows needed for a command
 * @param threshold      probability a class needs to count
 * @param inRefractory   whether a command would be held back by the refractory period
 * @param heldReason     why commands are withheld (e.g. a flat channel), null when they are not
 */
public record PolicyState(String leadingClass, int dwellCount, int dwellRequired, double threshold,
                          boolean inRefractory, String heldReason) {
}
