package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.attend.decode.InformationTransferRate;
import org.attend.stream.Command;
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
        GroundTruthScorer scorer = new GroundTruthScorer(Set.of("left", "right", "rest"), 4.0, 1.0);
        scorer.onMarker(new Marker("left", 10.0));
        scorer.onMarker(new Marker("T0", 12.0)); // not a class: ignored
        scorer.onCommand(new Command("left", 0.9f, 10.5, 0)); // centre 9.5: before the cue
        scorer.onCommand(new Command("left", 0.9f, 11.5, 0)); // centre 10.5: correct
        scorer.onCommand(new Command("right", 0.9f, 14.9, 0)); // centre 13.9: wrong
        scorer.onMarker(new Marker("rest", 20.0));
        scorer.onCommand(new Command("left", 0.9f, 22.0, 0)); // during a rest trial: wrong
        assertEquals(2, scorer.trials());
        assertEquals(1, scorer.correct());
        assertEquals(2, scorer.wrong());
        assertEquals(1, scorer.falseActivations());
        assertEquals(2, scorer.trialsWithCommand());
        assertEquals(1.0 / 3, scorer.accuracy(), 1e-12);
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
