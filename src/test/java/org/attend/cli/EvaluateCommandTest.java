package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        CliTestSupport.Result r = CliTestSupport.run("evaluate", yaml.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> printed = r.out().lines().toList();
        assertEquals("decoder  scheme                 subjects  roc_auc          accuracy", printed.get(0));
        assertTrue(printed.get(1).matches("csp-lda  cross-session {17}2  0\\.\\d{3} ± 0\\.\\d{3} {4}0\\.\\d{3} ± "
                + "0\\.\\d{3}"), printed.get(1));
        assertTrue(printed.get(2).startsWith("results: "), printed.get(2));
        String settings = Files.readString(out.resolve("report.html"));
        assertFalse(settings.contains("Paradigm[") || settings.contains("[evaluate,"), "no record dumps");
        assertTrue(settings.contains("attend evaluate " + yaml + " --out " + out + " --quiet"), "a pasteable line");
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

    /** Issue 23: {@code evaluate --help} showed a regex and camelCase placeholders. */
    @Test
    void helpShowsReadablePlaceholders() {
        String help = CliTestSupport.run("evaluate", "--help").out();
        assertTrue(help.contains("--decoders=DECODER[,DECODER...]"), help);
        assertFalse(help.contains("(?!"), "no regex: " + help);
        assertFalse(java.util.regex.Pattern.compile("<[a-z]+[A-Z]").matcher(help).find(), "no camelCase: " + help);
        assertTrue(help.contains("--force"), help);
    }

    /** Issue 23: band and classes were spelled differently in evaluate and train than in run, replay and live. */
    @Test
    void bandAndClassesAreSpelledAsInEveryCommand() {
        for (String command : List.of("evaluate", "train", "replay")) {
            String help = CliTestSupport.run(command, "--help").out();
            assertTrue(help.contains("--band=LOW-HIGH"), command + ": " + help);
            assertFalse(help.contains("--band-low"), command + " shows the old spelling: " + help);
        }
        assertTrue(CliTestSupport.run("evaluate", "--help").out().contains("--classes=LABEL=CLASS"));
        CliTestSupport.Result both = CliTestSupport.run("evaluate", "--band", "8-30", "--band-low", "4");
        assertEquals(2, both.exitCode(), both.err());
        assertEquals("attend evaluate: give the band as --band LOW-HIGH or as --band-low/--band-high, not both",
                both.err().strip());
        CliTestSupport.Result bad = CliTestSupport.run("train", "--band", "30-8", "--out", "x");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("band must be LOW-HIGH in Hz"), bad.err());
    }

    /** Issue 23: evaluate wrote into any folder, beside whatever was there. */
    @Test
    void aNonEmptyOutFolderOfOtherFilesIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("thesis.tex"), "mine");
        CliTestSupport.Result r = CliTestSupport.run("evaluate", "--dataset", "eegmmidb", "--data",
                AttendHome.resolve("recordings/eegmmidb").toString(), "--subjects", "1", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("attend evaluate: --out " + out + " is not empty and holds no earlier evaluation (thesis.tex): "
                + "name a new or empty folder, or give --force to write into it (its files are kept, same-named ones "
                + "overwritten)", r.err().strip());
        try (var files = Files.list(out)) {
            assertEquals(List.of("thesis.tex"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Issue 23: the report showed the command as {@code [evaluate, --dataset, …]}. */
    @Test
    void theCommandIsALineToPasteIntoAShell() {
        assertEquals("attend evaluate --decoders 'csp-lda[components=2|6]' --out 'my results' --note 'it'\\''s'",
                ShellLine.of(List.of("attend", "evaluate", "--decoders", "csp-lda[components=2|6]", "--out",
                        "my results", "--note", "it's")));
        assertEquals("attend evaluate --subjects 1-12 --channels C3,C4 --master 'local[2]'", ShellLine.of(List.of(
                "attend", "evaluate", "--subjects", "1-12", "--channels", "C3,C4", "--master", "local[2]")));
    }
}
