package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code attend evaluate --engine local|spark} with a parameter grid, on the shipped recording of S001. */
class EvaluateEnginesTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cli = AttendCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** recordings/eegmmidb laid out as the dataset (SNNN/SNNNRkk.edf). */
    private static Path dataset(Path dir) throws IOException {
        Path s001 = Files.createDirectories(dir.resolve("S001"));
        for (String run : List.of("R04", "R08", "R12")) {
            Files.copy(AttendHome.resolve("recordings/eegmmidb/S001" + run + ".edf"), s001.resolve("S001" + run + ".edf"));
        }
        return dir;
    }

    @Test
    void aGridRunsOnBothEnginesWithTheSameRowsAndTheReportRanksItsSettings(@TempDir Path dir) throws IOException {
        Path data = dataset(dir.resolve("data"));
        String[] common = {"evaluate", "--data", data.toString(), "--subjects", "1", "--folds", "3",
            "--decoders", "csp-lda[components=2|6],mdm", "--seed", "5"};
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, concat(common, "--out", dir.resolve("local").toString())), err.toString());
        assertEquals(0, run(err, concat(common, "--out", dir.resolve("spark").toString(), "--engine", "spark",
                "--master", "local[1]")), err.toString());
        List<String> local = Files.readAllLines(dir.resolve("local/results.csv"));
        List<String> spark = Files.readAllLines(dir.resolve("spark/results.csv"));
        assertEquals(4, local.size(), "two settings of csp-lda, and mdm");
        assertTrue(local.get(1).startsWith("1,csp-lda[components=2],within-session,"), local.get(1));
        assertTrue(local.get(2).startsWith("1,csp-lda[components=6],within-session,"), local.get(2));
        assertNotEquals(local.get(1).split(",", 4)[3], local.get(2).split(",", 4)[3],
                "the option reaches the factory: 2 and 6 CSP components score differently");
        for (int i = 0; i < local.size(); i++) {
            assertEquals(local.get(i).substring(0, local.get(i).lastIndexOf(',')),
                    spark.get(i).substring(0, spark.get(i).lastIndexOf(',')), "all but fit_seconds");
        }
        assertEquals(Files.readString(dir.resolve("local/summary.csv")), Files.readString(dir.resolve("spark/summary.csv")));
        String report = Files.readString(dir.resolve("spark/report.html"));
        assertTrue(report.contains("csp-lda settings by mean roc_auc"), "the report ranks the grid");
        assertTrue(!report.contains("mdm settings"), "a decoder with one setting is not ranked");
    }

    @Test
    void sparkFlagsWithoutTheSparkEngineFailWithOneLine(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "evaluate", "--data", dataset(dir.resolve("data")).toString(), "--master", "local[2]", "--out",
                dir.resolve("out").toString()));
        assertEquals("attend evaluate: --master, --spark-conf and --spark-jars need --engine spark",
                err.toString().strip());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
