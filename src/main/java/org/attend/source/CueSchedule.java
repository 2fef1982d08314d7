package org.attend.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.attend.stream.Marker;

/**
 * The cue-paced protocol of a motor-imagery session: after a cue the subject imagines the cued movement
 * for {@code imagerySeconds}, then rests for a random interval. Classes come in shuffled blocks so that
 * every block holds each class once, as in Graz-style calibration runs.
 */
final class CueSchedule {

    private final List<String> classes;
    private final double imagerySeconds;
    private final double restMinSeconds;
    private final double restMaxSeconds;
    private final SplittableRandom random;
    private final List<String> block = new ArrayList<>();
    private double nextCue;
    private Marker current;

    CueSchedule(List<String> classes, double firstCueSeconds, double imagerySeconds, double restMinSeconds,
                double restMaxSeconds, SplittableRandom random) {
        this.classes = List.copyOf(classes);
        this.imagerySeconds = imagerySeconds;
        this.restMinSeconds = restMinSeconds;
        this.restMaxSeconds = restMaxSeconds;
        this.random = random;
        this.nextCue = firstCueSeconds;
    }

    /** Cues whose onset lies in {@code (after, upTo]}; the latest becomes the {@link #activeAt} trial. */
    List<Marker> cuesUpTo(double upTo) {
        List<Marker> cues = new ArrayList<>();
        while (nextCue <= upTo) {
            current = new Marker(nextClass(), nextCue);
            cues.add(current);
            nextCue += imagerySeconds + restMinSeconds + random.nextDouble() * (restMaxSeconds - restMinSeconds);
        }
        return cues;
    }

    /** The class being imagined at {@code time}, and seconds since its cue; null outside imagery. */
    Marker activeAt(double time) {
        if (current != null && time >= current.time() && time < current.time() + imagerySeconds) {
            return current;
        }
        return null;
    }

    private String nextClass() {
        if (block.isEmpty()) {
            block.addAll(classes);
            Collections.shuffle(block, new java.util.Random(random.nextLong()));
        }
        return block.remove(block.size() - 1);
    }
}
