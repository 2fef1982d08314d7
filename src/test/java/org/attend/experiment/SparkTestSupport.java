package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Settings and comparisons shared by the Spark engine tests. */
final class SparkTestSupport {

    /** The build's Spark jars (the copy-spark-libs execution runs before the tests). */
    static final Path SPARK_JARS = Path.of(System.getProperty("attend.home", "."), "target", "spark", "jars");

    private SparkTestSupport() {
    }

    /** The test's own class path, which surefire hides behind a manifest-only jar. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static SparkSettings settings(String master, Map<String, String> conf) {
        return new SparkSettings(master, SPARK_JARS, conf, List.of(), classPath());
    }

    /** Same cells: every metric, every decoded trial's label and probabilities. */
    static void assertSameCells(List<CellResult> expected, List<CellResult> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            CellResult e = expected.get(i);
            CellResult a = actual.get(i);
            String where = e.subject() + " " + e.decoder();
            assertEquals(e.subject() + "," + e.decoder(), a.subject() + "," + a.decoder());
            assertEquals(e.key(), a.key(), where);
            assertEquals(e.accuracy(), a.accuracy(), 0.0, where);
            assertEquals(e.rocAuc(), a.rocAuc(), 0.0, where);
            assertEquals(e.kappa(), a.kappa(), 0.0, where);
            assertArrayEquals(e.labels(), a.labels(), where);
            for (int t = 0; t < e.probabilities().length; t++) {
                assertArrayEquals(e.probabilities()[t], a.probabilities()[t], 0.0, where + " trial " + t);
            }
        }
    }

    /**
     * Same tables: summary.csv and folds.csv byte for byte, results.csv row for row but for its last column
     * (fit_seconds, a wall time).
     */
    static void assertSameTables(Path expected, Path actual) throws IOException {
        assertEquals(Files.readString(expected.resolve("summary.csv")), Files.readString(actual.resolve("summary.csv")));
        if (Files.exists(expected.resolve("folds.csv"))) {
            assertEquals(Files.readString(expected.resolve("folds.csv")), Files.readString(actual.resolve("folds.csv")));
        }
        List<String> e = Files.readAllLines(expected.resolve("results.csv"));
        List<String> a = Files.readAllLines(actual.resolve("results.csv"));
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            assertEquals(withoutLastColumn(e.get(i)), withoutLastColumn(a.get(i)), "results.csv row " + i);
        }
    }

    private static String withoutLastColumn(String row) {
        return row.substring(0, row.lastIndexOf(','));
    }
}
