package org.attend.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class BenchLslCommandTest {

    @Test
    void runsEachBackendTheGivenNumberOfTimesAndPrintsTheMediansSideBySide() {
        CommandLine cli = AttendCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("bench", "lsl", "--lsl-backend", "java", "--channels", "4", "--rate", "2000",
                "--samples", "200", "--warmup", "20", "--throughput-samples", "500", "--runs", "2", "--quiet");
        assertEquals(0, code, err.toString());
        String report = out.toString();
        assertTrue(report.contains("2 run(s) per backend"), report);
        assertEquals(2, report.lines().filter(l -> l.startsWith("run ") && l.contains(" java ")).count(), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("latency p99 \\(us\\) +[0-9.]+")), report);
        assertTrue(report.contains("median of 2 run(s)"), report);
    }

    @Test
    void badArgumentsAreOneLine() {
        CommandLine cli = AttendCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("bench", "lsl", "--runs", "0"));
        assertTrue(err.toString().contains("must be positive"), err.toString());
    }
}
