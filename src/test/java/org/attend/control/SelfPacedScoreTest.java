package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.junit.jupiter.api.Test;

class SelfPacedScoreTest {

    @Test
    void commandsAreScoredAgainstTheirTrialOrCountedAsFalseActivations() {
        // trials: left at 10 s, right at 20 s, left at 40 s (4 s each) in 60 s; evidence lags 1 s behind a decision
        CueTimeline timeline = new CueTimeline(List.of(new Marker("left", 10), new Marker("right", 20),
                new Marker("left", 40)), 4, 0, 60);
        SelfPacedScore score = new SelfPacedScore(timeline, 1, List.of("left", "right"));
        score.onCommand("left", 12.5);   // left trial, correct, 2.5 s after the cue
        score.onCommand("right", 13.5);  // left trial, wrong
        score.onCommand("left", 22);     // right trial, wrong (first command of that trial)
        score.onCommand("right", 6);     // rest at 5 s: false
        score.onCommand("left", 51);     // rest at 50 s: false
        SelfPacedScore.Result r = score.result();
        assertEquals(3, r.trials());
        assertEquals(2, r.trialsAnswered());
        assertEquals(1, r.answeredCorrectly());
        assertEquals(1, r.correct());
        assertEquals(2, r.wrong());
        assertEquals(2, r.falseActivations());
        assertEquals(2.0, r.falsePerMinute(), 1e-12);            // 2 in 60 s
        assertEquals(2 * 60 / 48.0, r.falsePerRestMinute(), 1e-12); // 60 s − 3 × 4 s of trials
        assertEquals(2.0 / 3, r.answeredShare(), 1e-12);
        assertEquals(1.0 / 3, r.correctShare(), 1e-12);
        assertEquals((2.5 + 2) / 2, r.medianSecondsToCommand(), 1e-12);
    }

    @Test
    void multiclassMccMatchesScikitLearnOnAKnownConfusion() {
        // sklearn.metrics.matthews_corrcoef([0,0,0,1,1,2,2,2,2], [0,0,1,1,2,2,2,2,0]) = 0.4807692307692308 (scikit-learn 1.9.1)
        double[][] confusion = {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}};
        assertEquals(0.4807692307692308, SelfPacedScore.multiclassMcc(confusion), 1e-12);
        assertEquals(1.0, SelfPacedScore.multiclassMcc(new double[][] {{3, 0}, {0, 2}}), 1e-12);
        assertEquals(0.0, SelfPacedScore.multiclassMcc(new double[][] {{3, 0}, {2, 0}}), 1e-12, "undefined → 0");
    }

    @Test
    void aSilentSessionAnswersNothingAndIsAtChanceLevel() {
        CueTimeline timeline = new CueTimeline(List.of(new Marker("left", 10), new Marker("right", 20)), 4, 0, 40);
        SelfPacedScore.Result r = new SelfPacedScore(timeline, 1, List.of("left", "right")).result();
        assertEquals(0, r.falsePerMinute(), 1e-12);
        assertEquals(0, r.answeredShare(), 1e-12);
        assertEquals(Double.NaN, r.correctShare());
        assertEquals(0.5, r.normalisedMcc(), 1e-12, "every event predicted 'none': MCC 0");
    }
}
