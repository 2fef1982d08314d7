package org.attend.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueTimelineTest {

    /** Cues at 10 s (left) and 20 s (right), 4 s trials, a span of 0–30 s. */
    private static final CueTimeline TIMELINE = new CueTimeline(
            List.of(new Marker("right", 20), new Marker("left", 10)), 4, 0, 30);

    @Test
    void aTimeBelongsToTheTrialWhoseSpanHoldsIt() {
        assertNull(TIMELINE.trialAt(9.99));
        assertEquals("left", TIMELINE.trialAt(10).label());
        assertEquals("left", TIMELINE.trialAt(13.99).label());
        assertNull(TIMELINE.trialAt(14));
        assertEquals("right", TIMELINE.trialAt(23).label());
        assertNull(TIMELINE.trialAt(29));
    }

    @Test
    void restIsTheSpanOutsideEveryTrial() {
        // 0–10, 14–20, 24–30
        assertEquals(22, TIMELINE.restSeconds(), 1e-12);
        List<double[]> rest = TIMELINE.restIntervals(0.5);
        assertEquals(3, rest.size());
        assertArrayEquals(new double[] {0, 9.5}, rest.get(0), 1e-12, "no margin before the span's start");
        assertArrayEquals(new double[] {14.5, 19.5}, rest.get(1), 1e-12);
        assertArrayEquals(new double[] {24.5, 29.5}, rest.get(2), 1e-12);
    }

    @Test
    void aPartOfTheTimelineKeepsItsOwnCuesAndSpan() {
        CueTimeline part = TIMELINE.between(15, 30);
        assertEquals(List.of(new Marker("right", 20)), part.cues());
        assertEquals(11, part.restSeconds(), 1e-12);
        assertArrayEquals(new int[] {0, 1}, part.trialsPerClass(List.of("left", "right")));
    }
}
