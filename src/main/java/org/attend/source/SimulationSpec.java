package org.attend.source;

import java.util.List;

/**
 * How the simulated headset behaves.
 *
 * @param profile         the headset to imitate (montage, rate)
 * @param seed            random seed: the same seed gives the same samples and cues
 * @param mainsHz         line-noise frequency, 50 or 60 Hz (0 for none)
 * @param chunkSeconds    length of each chunk delivered, seconds
 * @param classes         imagined movements cued, e.g. {@code left}, {@code right}
 * @param imagerySeconds  how long the subject imagines after each cue
 * @param restMinSeconds  shortest rest between trials
 * @param restMaxSeconds  longest rest between trials
 * @param erdDepth        fraction of contralateral mu/beta amplitude lost during imagery (0..1)
 */
public record SimulationSpec(DeviceProfile profile, long seed, double mainsHz, double chunkSeconds,
                             List<String> classes, double imagerySeconds, double restMinSeconds,
                             double restMaxSeconds, double erdDepth) {

    /**
     * Left and right hand imagery and cued rest (the idle state an asynchronous BCI must recognise), 4 s
     * trials with 2–3 s breaks, 50 Hz mains, 50 % mean ERD, 1/16 s chunks.
     */
    public static SimulationSpec leftRightRest(DeviceProfile profile, long seed) {
        return new SimulationSpec(profile, seed, 50, 1.0 / 16, List.of("left", "right", "rest"), 4.0, 2.0, 3.0,
                0.5);
    }

    public SimulationSpec {
        classes = List.copyOf(classes);
        for (String c : classes) {
            if (!c.equals("left") && !c.equals("right") && !c.equals("rest")) {
                throw new IllegalArgumentException("the simulator imagines 'left', 'right' or 'rest', not '" + c + "'");
            }
        }
        if (!(erdDepth >= 0 && erdDepth <= 1)) {
            throw new IllegalArgumentException("ERD depth must lie in 0..1, got " + erdDepth);
        }
        if (!(chunkSeconds > 0) || !(imagerySeconds > 0) || restMinSeconds < 0 || restMaxSeconds < restMinSeconds) {
            throw new IllegalArgumentException("chunk, imagery and rest durations must be positive and ordered");
        }
    }

    /** A copy with another mains frequency. */
    public SimulationSpec withMainsHz(double hz) {
        return new SimulationSpec(profile, seed, hz, chunkSeconds, classes, imagerySeconds, restMinSeconds,
                restMaxSeconds, erdDepth);
    }
}
