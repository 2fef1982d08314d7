package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.PredictionStream;
import org.junit.jupiter.api.Test;

class PolicyFitTest {

    private static final String[] CLASSES = {"left", "right", "rest"};
    private static final double HOP = 0.125;

    /**
     * 120 s: a trial every 10 s (alternating left/right, 4 s), during which the cued class rises to 0.9 after 1 s;
     * in rest, the decoder says rest (0.7) except for single-window spikes of "left" at 0.85 every 3 s, and a
     * {@code burstSeconds} burst of "right" at 0.99 (above every threshold tried) at 55 s.
     */
    private static PredictionStream stream(double burstSeconds, long seed) {
        Random random = new Random(seed);
        List<Marker> cues = new ArrayList<>();
        for (int t = 5; t < 115; t += 10) {
            cues.add(new Marker(cues.size() % 2 == 0 ? "left" : "right", t));
        }
        CueTimeline timeline = new CueTimeline(cues, 4, 0, 120);
        List<Prediction> predictions = new ArrayList<>();
        for (double t = 0; t < 120; t += HOP) {
            Marker trial = timeline.trialAt(t - 1);
            float[] p;
            if (trial != null) {
                float q = 0.88f + 0.04f * random.nextFloat();
                p = trial.label().equals("left") ? new float[] {q, 0.02f, 1 - q - 0.02f}
                        : new float[] {0.02f, q, 1 - q - 0.02f};
            } else if (t >= 55 && t < 55 + burstSeconds) {
                p = new float[] {0.005f, 0.99f, 0.005f};
            } else if (Math.abs(t % 3) < HOP / 2) {
                p = new float[] {0.85f, 0.05f, 0.1f};
            } else {
                p = new float[] {0.15f, 0.15f, 0.7f};
            }
            predictions.add(new Prediction(CLASSES, p, null, t, 0));
        }
        return new PredictionStream(predictions, timeline);
    }

    @Test
    void theFittedPolicyMeetsTheBudgetAndAnswersTheTrials() {
        List<PredictionStream> streams = List.of(stream(0, 1), stream(0, 2));
        PolicyFit.Fit fit = PolicyFit.fit(streams, List.of("left", "right"), "rest", 1.0, 1.0);
        assertTrue(fit.budgetMet());
        assertTrue(fit.expected().falsePerMinute() <= 1.0, "false/min " + fit.expected().falsePerMinute());
        assertEquals(1.0, fit.expected().answeredShare(), 1e-12);
        assertEquals(1.0, fit.expected().correctShare(), 1e-12);
        assertTrue(fit.policy().dwell() >= 2, "single-window spikes need a dwell of 2 or more windows");
        // the same policy on the same streams gives the same figures (the fit reports what it simulated)
        assertEquals(fit.expected(), PolicyFit.simulate(fit.policy(), streams, List.of("left", "right"), 1.0));
    }

    @Test
    void aBudgetNoSettingMeetsIsReportedWithTheMostCautiousSetting() {
        // a 20 s burst of confident "right" in rest cannot be told from a trial by any threshold or dwell tried
        List<PredictionStream> streams = List.of(stream(20, 3));
        PolicyFit.Fit fit = PolicyFit.fit(streams, List.of("left", "right"), "rest", 1.0, 0.0);
        assertFalse(fit.budgetMet());
        SelfPacedScore.Result permissive = PolicyFit.simulate(new PolicySettings(0.5, 1, 0.5, "rest"), streams,
                List.of("left", "right"), 1.0);
        assertTrue(fit.expected().falseActivations() < permissive.falseActivations());
        assertTrue(fit.expected().falseActivations() > 0);
    }
}
