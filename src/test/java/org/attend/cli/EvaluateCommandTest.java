package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.attend.testing.TestFiles;

class EvaluateCommandTest {


    private static int run(StringWriter err, String... args) {
        CommandLine cli = AttendCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void yamlExperimentRunsCrossSessionOnRealDataAndOptionsOverrideIt(@TempDir Path dir) throws IOException {
        Path data = TestFiles.corpus("eegmmidb");
        Path yaml = dir.resolve("experiment.yaml");
        Files.writeString(yaml, String.join("\n",
                "dataset: eegmmidb",
                "data: " + data,
                "subjects: '1-2'",
                "paradigm: left-right-imagery",
                "scheme: cross-session",
                "decoders: [csp-lda]",
                "bandLow: 8",
                "bandHigh: 30",
                "out: " + dir.resolve("ignored"),
                "threads: 2",
                "seed: 1", ""));
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "evaluate", yaml.toString(), "--out", out.toString()), err.toString());
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(3, results.size());
        assertTrue(results.get(1).startsWith("1,csp-lda,cross-session,"), results.get(1));
        assertEquals("45", results.get(1).split(",")[8], "every trial of the three runs is decoded once");
        assertTrue(Files.readString(out.resolve("report.html")).contains("band"));
        assertTrue(Files.exists(out.resolve("psd.png")) && Files.exists(out.resolve("roc.png")));
        assertTrue(Files.notExists(dir.resolve("ignored")));
    }

    @Test
    void badNamesFailWithOneLine(@TempDir Path dir) {
        Path data = TestFiles.corpus("eegmmidb");
        StringWriter err = new StringWriter();
        int code = run(err, "evaluate", "--data", data.toString(), "--subjects", "1", "--decoders", "nope",
                "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("unknown decoder 'nope'") && err.toString().contains("csp-lda"),
                err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "evaluate", "--data", data.toString(), "--subjects", "40", "--out", dir.toString()));
        assertTrue(err2.toString().contains("subjects [40]"), err2.toString());
    }
}
