package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attend.decode.InformationTransferRate;
import org.attend.control.SelfPacedScore;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void wolpawBitsMatchTheClosedForm() {
        // N=2, P=0.8: 1 + 0.8 log2 0.8 + 0.2 log2 0.2 = 0.278072 bits
        assertEquals(0.2780719, InformationTransferRate.bitsPerSelection(2, 0.8), 1e-6);
        // N=4, P=1: log2 4 = 2 bits
        assertEquals(2.0, InformationTransferRate.bitsPerSelection(4, 1.0), 1e-12);
        assertEquals(0.0, InformationTransferRate.bitsPerSelection(3, 0.3), 0.0, "at or below chance");
        // 10 selections of 2 bits in 60 s = 20 bits/min
        assertEquals(20.0, InformationTransferRate.bitsPerMinute(4, 1.0, 10, 60), 1e-9);
    }

    @Test
    void commandsAreScoredAgainstTheTrialTheirWindowCentreFallsIn() {
        // only cues of command classes are trials (DecodingStage keeps no others): a cued rest period at 20 s is
        // rest, where any command is a false activation
        CueTimeline timeline = new CueTimeline(List.of(new Marker("left", 10.0)), 4.0, 0, 30);
        SelfPacedScore scorer = new SelfPacedScore(timeline, 1.0, List.of("left", "right"));
        scorer.onCommand("left", 10.5);  // centre 9.5: before the cue, in rest
        scorer.onCommand("left", 11.5);  // centre 10.5: correct
        scorer.onCommand("right", 14.9); // centre 13.9: wrong
        scorer.onCommand("left", 22.0);  // during the cued rest: false
        SelfPacedScore.Result r = scorer.result();
        assertEquals(1, r.trials());
        assertEquals(1, r.correct());
        assertEquals(1, r.wrong());
        assertEquals(2, r.falseActivations());
        assertEquals(1, r.trialsAnswered());
        assertEquals(0.5, r.correctShare(), 1e-12);
    }

    @Test
    void percentilesUseNearestRank() {
        LatencyRecorder latency = new LatencyRecorder();
        for (int i = 1; i <= 2000; i++) {
            latency.record(i * 1_000_000L);
        }
        assertEquals(1000.0, latency.percentileMillis(50), 1e-9);
        assertEquals(1980.0, latency.percentileMillis(99), 1e-9);
    }
}
