package org.attend.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchDspCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = AttendCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void reportsTheChainItMeasuredAndAMedian() {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "bench", "dsp", "--channels", "4", "--seconds", "2",
                "--repetitions", "3", "--warmup", "0");
        assertEquals(0, code);
        String report = out.toString();
        assertTrue(report.contains("CAR + 50 Hz notch + order-4 8-30 Hz band-pass (5 sections)"), report);
        assertTrue(report.contains("4 channels at 160 Hz, chunks of 16 samples, 20 chunks per repetition"), report);
        assertTrue(report.contains("median "), report);
    }

    @Test
    void compareTimesScipyOnTheSameArrayInTheSameRun() throws Exception {
        Process probe = new ProcessBuilder("python3", "-c", "import scipy").start();
        Assumptions.assumeTrue(probe.waitFor() == 0, "python3 with scipy is not installed");
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "bench", "dsp", "--channels", "4", "--seconds", "2",
                "--repetitions", "2", "--rounds", "1", "--warmup", "0", "--compare", "--quiet");
        assertEquals(0, code);
        String report = out.toString();
        assertTrue(report.contains("2 repetitions in 1 round(s)"), report);
        assertTrue(report.contains("on the same samples as one [4 x 320] array"), report);
        assertTrue(report.contains("  float32: median "), report);
        assertTrue(report.contains("  float64: median "), report);
    }

    @Test
    void badArgumentsGiveOneLineAndUsageExitCode() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "dsp", "--channels", "0"));
        assertTrue(err.toString().startsWith("attend bench dsp: "), err.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "bench", "dsp", "--rate", "50"));
    }
}
