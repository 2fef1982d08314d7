package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine on {@code local[2]} against the local engine, on synthetic imagery. */
class SparkEngineTest {

    private static final Paradigm PARADIGM = Paradigm.named(Paradigm.LEFT_RIGHT);
    private static final ClassLoader LOADER = SparkEngineTest.class.getClassLoader();
    private static final List<String> DECODERS = List.of("csp-lda[components=2|4]", "ts-lr");

    private static Evaluation.Plan plan(Path out, Scheme scheme) {
        SyntheticImagery data = new SyntheticImagery(4);
        return new Evaluation.Plan(data, PARADIGM, List.of("1", "2", "3", "4"), scheme, DECODERS, out, 2, 3);
    }

    @Test
    void sparkCellsEqualLocalOnesAndAKilledSweepResumes(@TempDir Path dir) throws IOException {
        Evaluation evaluation = new Evaluation(SyntheticImagery.epocher(), LOADER);
        Evaluation.Outcome within = evaluation.run(plan(dir.resolve("local"), new WithinSession(3)));
        Evaluation.Outcome loso = evaluation.run(plan(dir.resolve("local-loso"), new LeaveOneSubjectOut()));
        assertEquals(4 * 3, within.cells().size(), "the grid is two settings, plus ts-lr");
        assertEquals(List.of("csp-lda[components=2]", "csp-lda[components=4]", "ts-lr"),
                within.cells().subList(0, 3).stream().map(CellResult::decoder).toList());

        Path spark = dir.resolve("spark");
        try (CellEngine engine = SparkEngines.open(SparkTestSupport.settings("local[2]", Map.of()))) {
            assertTrue(engine.describe().contains("local[2]"));
            SparkTestSupport.assertSameCells(within.cells(), evaluation.run(plan(spark, new WithinSession(3)), engine)
                    .cells());
            SparkTestSupport.assertSameTables(dir.resolve("local"), spark);
            SparkTestSupport.assertSameCells(loso.cells(),
                    evaluation.run(plan(dir.resolve("spark-loso"), new LeaveOneSubjectOut()), engine).cells());

            // a sweep killed after some cells: those are on disk and are not recomputed
            Path kept = spark.resolve(ResumeStore.cellPath(WithinSession.NAME, DecoderSpec.parse("ts-lr", LOADER), "2"));
            Path lost = spark.resolve(ResumeStore.cellPath(WithinSession.NAME,
                    DecoderSpec.parse("csp-lda[components=4]", LOADER), "3"));
            FileTime old = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(kept, old);
            Files.delete(lost);
            Files.delete(spark.resolve("results.csv"));
            SparkTestSupport.assertSameCells(within.cells(), evaluation.run(plan(spark, new WithinSession(3)), engine)
                    .cells());
            assertEquals(old, Files.getLastModifiedTime(kept), "a finished cell is reused");
            assertTrue(Files.exists(lost), "the missing cell is computed again");
            SparkTestSupport.assertSameTables(dir.resolve("local"), spark);
        }
    }

    @Test
    void aCellsBadInputFailsWithItsOwnMessageOnEitherEngine(@TempDir Path dir) throws IOException {
        Evaluation evaluation = new Evaluation(SyntheticImagery.epocher(), LOADER);
        SyntheticImagery data = new SyntheticImagery(2);
        // raised inside the cell (the scheme's split), so on an executor under Spark
        String expected = "subject 1 has 48 trials, not more than the 100 calibration trials";
        IllegalArgumentException local = assertThrows(IllegalArgumentException.class, () -> evaluation.run(
                new Evaluation.Plan(data, PARADIGM, data.subjects(), new Transfer(100), List.of("csp-lda"),
                        dir.resolve("a"), 1, 1)));
        assertEquals(expected, local.getMessage());
        try (CellEngine engine = SparkEngines.open(SparkTestSupport.settings("local[1]", Map.of()))) {
            IllegalArgumentException remote = assertThrows(IllegalArgumentException.class, () -> evaluation.run(
                    new Evaluation.Plan(data, PARADIGM, data.subjects(), new Transfer(100), List.of("csp-lda"),
                            dir.resolve("b"), 1, 1), engine));
            assertEquals(expected, remote.getMessage(), "the task's exception, not Spark's wrapping of it");
        }
    }
}
