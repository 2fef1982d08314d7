package org.attend.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    void badArgumentsGiveOneLineAndUsageExitCode() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "dsp", "--channels", "0"));
        assertTrue(err.toString().startsWith("attend dsp: "), err.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "bench", "dsp", "--rate", "50"));
    }
}
