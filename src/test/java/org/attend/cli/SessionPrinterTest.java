package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.attend.control.SelfPacedScore;
import org.attend.realtime.EngineStats;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionSummary;
import org.junit.jupiter.api.Test;

class SessionPrinterTest {

    private static SessionSummary summary(int correct, int wrong, int falseActivations) {
        SelfPacedScore.Result score = new SelfPacedScore.Result(10, 10, correct, correct, wrong, falseActivations,
                60, 30, 2.0, 0.6);
        return new SessionSummary(score, 1, 1, 2, 0, 0, 0, correct + wrong + falseActivations, 400, 0, 0, 60);
    }

    @Test
    void aCalibrationOnFewerTrialsThanTrustedWarns() {
        assertEquals(List.of(), SessionPrinter.calibrationWarnings(new int[] {5, 6}));
        List<String> warnings = SessionPrinter.calibrationWarnings(new int[] {3, 3});
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("the decoder was fitted on [3, 3] trials per class, fewer than the 5"),
                warnings.get(0));
    }

    @Test
    void accuracyAtOrBelowChanceAndMostlyFalseCommandsWarn() {
        assertEquals(List.of(), SessionPrinter.summaryWarnings(summary(8, 2, 1), 2));
        assertEquals(List.of("accuracy 0.500 is at or below chance (0.500 for 2 command classes): these commands "
                + "are not to be trusted"), SessionPrinter.summaryWarnings(summary(5, 5, 0), 2));
        assertEquals(List.of(), SessionPrinter.summaryWarnings(summary(5, 5, 0), 3), "0.5 is above a third");
        assertEquals(List.of("6 of the 11 commands were false activations (outside every trial), more than the 4 "
                + "correct ones"), SessionPrinter.summaryWarnings(summary(4, 1, 6), 2));
    }

    @Test
    void aValidationAtOrBelowChanceWarns() {
        assertEquals("validation accuracy 0.389 is at or below chance (0.500 for 2 classes): this model is not to "
                + "be trusted", TrainCommand.validationWarning(0.389, 2).orElseThrow());
        assertTrue(TrainCommand.validationWarning(0.45, 3).isEmpty());
        assertTrue(TrainCommand.validationWarning(Double.NaN, 2).isPresent());
        assertTrue(TrainCommand.validationWarning(null, 2).isEmpty());
    }

    /** Issue 23: a session without commands printed {@code accuracy NaN}; every figure that does not exist is n/a. */
    @Test
    void aSessionWithoutCommandsPrintsNaNowhere() {
        SelfPacedScore.Result none = new SelfPacedScore.Result(4, 0, 0, 0, 0, 0, 20, 10, Double.NaN, Double.NaN);
        SessionSummary s = new SessionSummary(none, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, 0, 0, 0, 20);
        StringWriter text = new StringWriter();
        new SessionPrinter(new PrintWriter(text), false, 2).finished(new SessionResult("eeg", 160,
                new EngineStats(3200, 0, 0, 0), s, "csp-lda", null, 0));
        assertFalse(text.toString().contains("NaN"), text.toString());
        assertTrue(text.toString().contains("accuracy n/a  answered 0.000  first command after n/a s  nMCC n/a  "
                + "ITR n/a bits/min"), text.toString());
        assertTrue(text.toString().contains("latency p50 n/a ms  p99 n/a ms"), text.toString());
    }
}
