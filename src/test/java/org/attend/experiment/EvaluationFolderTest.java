package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23: rerunning into the same {@code --out} left stale files; a folder of other files was written into. */
class EvaluationFolderTest {

    @Test
    void aFolderOfOtherFilesIsRefusedUnlessForcedAndKeepsThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        var e = assertThrows(IllegalArgumentException.class, () -> EvaluationFolder.take("--out", dir, false));
        assertEquals("--out " + dir + " is not empty and holds no earlier evaluation (notes.txt): name a new or "
                + "empty folder, or give --force to write into it (its files are kept, same-named ones overwritten)",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve(EvaluationFolder.MARK)), "nothing written when refused");
        EvaluationFolder forced = EvaluationFolder.take("--out", dir, true);
        Files.writeString(dir.resolve("report.html"), "r");
        forced.finish();
        assertEquals(List.of("report.html"), Files.readAllLines(dir.resolve(EvaluationFolder.MARK)));
        EvaluationFolder.take("--out", dir, false); // now an evaluation's folder: taken again without --force
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertFalse(Files.exists(dir.resolve("report.html")), "the last run's report is removed before the next");
    }

    @Test
    void aRerunRemovesWhatTheLastRunWroteAndKeepsTheStoredCells(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        EvaluationFolder first = EvaluationFolder.take("--out", out, false);
        Files.createDirectories(out.resolve("cells/within-session/csp-lda"));
        Files.writeString(out.resolve("cells/within-session/csp-lda/subject-1.json"), "{}");
        Files.writeString(out.resolve("confusion-mdm.png"), "a decoder of the first run only");
        Files.writeString(out.resolve("results.csv"), "1");
        first.finish();
        EvaluationFolder second = EvaluationFolder.take("--out", out, false);
        assertFalse(Files.exists(out.resolve("confusion-mdm.png")), "no stale chart");
        assertFalse(Files.exists(out.resolve("results.csv")));
        assertTrue(Files.exists(out.resolve("cells/within-session/csp-lda/subject-1.json")), "cells resume");
        Files.writeString(out.resolve("results.csv"), "2");
        second.finish();
        assertEquals(List.of("results.csv"), Files.readAllLines(out.resolve(EvaluationFolder.MARK)));
    }

    @Test
    void aFolderOfAnEvaluationBeforeTheMarkIsTakenAgain(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("cells"));
        Files.writeString(dir.resolve("summary.csv"), "old");
        Files.writeString(dir.resolve("scores.png"), "old");
        EvaluationFolder.take("--out", dir, false);
        assertFalse(Files.exists(dir.resolve("summary.csv")));
        assertTrue(Files.isDirectory(dir.resolve("cells")));
    }

    private static CellResult cell(String subject, String decoder, double auc, double accuracy) {
        return new CellResult("k", subject, decoder, "within-session", List.of("left", "right"), auc, accuracy,
                accuracy, 0, 0, new int[2][2], new int[0], new double[0][], null, List.of(), 0, null);
    }

    /** Issue 23: MOABB prints a summary table; evaluate printed none. */
    @Test
    void theSummaryTableHasMeanAndSdPerDecoderAndNaNowhere() {
        List<String> lines = ResultTables.summaryTable(List.of(cell("1", "csp-lda", 0.9, 0.8),
                cell("2", "csp-lda", 0.7, 0.6), cell("1", "mdm", Double.NaN, 0.55)));
        assertEquals(List.of(
                "decoder  scheme                 subjects  roc_auc          accuracy",
                "csp-lda  within-session                2  0.800 ± 0.141    0.700 ± 0.141",
                "mdm      within-session                1  n/a              0.550 ± n/a"), lines);
    }

    /** Issue 23: the report's settings were Java record dumps ({@code Paradigm[name=…]}). */
    @Test
    void settingsReadAsAPersonWritesThem() {
        Map<String, String> p = EvaluationReport.describe(new Paradigm("left-right-imagery", List.of("R04", "R08"),
                Map.of("T1", "left"), 0.5, 2.5, 8, 30.5, List.of("C3", "C4"), 0));
        assertEquals("left-right-imagery: classes left (markers T1 = left), runs R04, R08", p.get("paradigm"));
        assertEquals("0.50–2.50 s after the cue", p.get("window"));
        assertEquals("8–30.5 Hz band-pass", p.get("band"));
        assertEquals("C3, C4", p.get("channels"));
        assertEquals("within-session, stratified 5-fold cross-validation in each subject",
                EvaluationReport.describe(new WithinSession(5)));
        assertEquals("subject-holdout, trained on subjects 1, 2",
                EvaluationReport.describe(new SubjectHoldout(List.of("1", "2"))));
    }
}
