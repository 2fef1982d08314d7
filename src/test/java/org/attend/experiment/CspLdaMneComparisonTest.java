package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/**
 * Recomputes Attend's csp-lda within-session ROC-AUC on real eegmmidb subjects and compares it with MNE's
 * CSP(8) + scikit-learn LDA on the same folds, as committed in {@code docs/validation/mne_csp_lda.csv} by
 * {@code docs/validation/mne_csp_lda.py}; also checks that seed 42 still draws the committed folds.
 */
class CspLdaMneComparisonTest {

    private static final Path VALIDATION = Path.of("docs", "validation");

    @Test
    void cspLdaMatchesMneOnTheCommittedFolds(@TempDir Path out) throws IOException {
        Path data = TestFiles.corpus("eegmmidb");
        List<String> subjects = List.of("1", "2", "3");
        Evaluation.Plan plan = new Evaluation.Plan(new EegmmidbDataset(data), Paradigm.named(Paradigm.LEFT_RIGHT),
                subjects, new WithinSession(5), List.of("csp-lda"), out, 2, 42);
        Evaluation.Outcome outcome = new Evaluation(new Epocher(new RecordingRunLoader(), Epocher.MNE_IIR),
                getClass().getClassLoader()).run(plan);

        List<String> committedFolds = Files.readAllLines(VALIDATION.resolve("eegmmidb_left_right_folds_seed42.csv"));
        List<String> folds = Files.readAllLines(out.resolve("folds.csv"));
        assertEquals(committedFolds.subList(0, folds.size()), folds);

        Map<String, Double> mne = new HashMap<>();
        for (String line : Files.readAllLines(VALIDATION.resolve("mne_csp_lda.csv"))) {
            String[] f = line.split(",");
            if (f[0].matches("\\d+")) {
                mne.put(f[0], Double.parseDouble(f[1]));
            }
        }
        for (CellResult cell : outcome.cells()) {
            assertEquals(mne.get(cell.subject()), cell.rocAuc(), 0.02, "subject " + cell.subject());
        }
    }
}
