package org.attend.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code attend} in-process and captures what it prints. */
final class CliTestSupport {

    record Result(int exitCode, String out, String err) {
    }

    private CliTestSupport() {
    }

    static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            CommandLine cli = AttendCommand.commandLine();
            cli.setOut(new PrintWriter(capture, true));
            cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            int code = cli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
    }
}
