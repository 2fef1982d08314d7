package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pseudo-online scheme on real runs: S002's three imagery runs replayed through the real-time path, 10 trials
 * per class calibrating csp-lda with its intent detector, the rest scored against the cues; the tables, the
 * report's timeline and a resumed run that recomputes nothing.
 */
class PseudoOnlineEvaluationTest {

    @Test
    void aSubjectsRunsAreReplayedCalibratedAndScored(@TempDir Path out) throws Exception {
        Path data = TestFiles.corpus("eegmmidb");
        Paradigm paradigm = Paradigm.named(Paradigm.LEFT_RIGHT).withWindow(0.5, 2.5).withBand(8, 30);
        PseudoOnlineEvaluation.Plan plan = new PseudoOnlineEvaluation.Plan(new EegmmidbDataset(data), paradigm,
                List.of("2"), List.of("csp-lda"), PseudoOnline.Settings.defaults(), out, "test");
        StringWriter printed = new StringWriter();
        List<PseudoOnlineEvaluation.Cell> cells = new PseudoOnlineEvaluation(getClass().getClassLoader())
                .run(plan, new PrintWriter(printed));
        assertEquals(1, cells.size());
        PseudoOnlineEvaluation.Cell cell = cells.get(0);
        // S002 R04/R08/R12: 45 cues, the first 10 of each class calibrate (the 21st cue completes them)
        double trials = cell.metrics().get("trials");
        assertTrue(trials >= 20 && trials <= 25, "online trials " + trials);
        double falsePerMinute = cell.metrics().get("false_per_min");
        assertEquals(cell.metrics().get("false_activations") * 60 / cell.metrics().get("online_s"), falsePerMinute,
                1e-9);
        assertTrue(cell.metrics().get("nmcc") > 0.5, "better than chance: " + cell.metrics());
        assertTrue(cell.timeline().timesSeconds().length > 1000, "every online window is on the timeline");
        assertEquals(List.of("left", "right", "rest"), cell.timeline().classes());
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(2, results.size());
        assertTrue(results.get(0).startsWith("subject,decoder,false_per_min,answered_share,correct_share,nmcc"));
        assertTrue(Files.exists(out.resolve("timeline-csp-lda-subject-2.png")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Pseudo-online timelines"));
        assertTrue(printed.toString().contains("false/min"), printed.toString());
        // a resumed run reads the stored cell instead of replaying again
        List<PseudoOnlineEvaluation.Cell> again = new PseudoOnlineEvaluation(getClass().getClassLoader())
                .run(plan, new PrintWriter(new StringWriter()));
        assertEquals(cell.metrics(), again.get(0).metrics());
    }
}
