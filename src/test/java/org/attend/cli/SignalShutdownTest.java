package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attend run --record X.xdf} in a child JVM, stopped by SIGINT and by SIGTERM: the summary is printed,
 * every stream of the recording has its footer, and the exit code is 128 + the signal, within 2 s of it.
 */
@Timeout(180)
class SignalShutdownTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path trainedModel(Path dir) {
        Path model = dir.resolve("model");
        CliTestSupport.Result trained = CliTestSupport.run("run", "--full", "--speed", "max", "--duration", "10",
                "--save-model", model.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        return model;
    }

    @Test
    void sigintAndSigtermPrintTheSummaryCloseTheRecordingAndExitWith128PlusTheSignal(@TempDir Path dir)
            throws Exception {
        Path model = trainedModel(dir);
        signalled(dir, model, "TERM", 143);
        // a background job of a shell starts with SIGINT ignored, and so do its children: the JVM then never sees it
        assumeFalse(sigintIgnored(), "SIGINT is ignored by this process (a background job), so the child would "
                + "ignore it too; the SIGINT case needs a foreground run");
        signalled(dir, model, "INT", 130);
    }

    /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status). */
    private static boolean sigintIgnored() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    /** A thread dump of process {@code pid} (jcmd of this JDK), for a failure message. */
    private static String threads(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(20, TimeUnit.SECONDS);
        return dump;
    }

    private static void signalled(Path dir, Path model, String signal, int expectedExit) throws Exception {
        Path xdf = dir.resolve(signal + ".xdf");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dattend.home=" + System.getProperty("attend.home"),
                AttendCommand.class.getName(), "run", "--model", model.toString(), "--record", xdf.toString(),
                "--json", "--duration", "600")
                .redirectError(dir.resolve(signal + ".err").toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("reader failed: " + e);
            }
        });
        reader.start();
        try {
            // wait until decoding has run for a while: the recording holds flushed signal and predictions
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && (!Files.exists(xdf) || Files.size(xdf) < 250_000)) {
                Thread.sleep(100);
            }
            assertTrue(Files.size(xdf) >= 250_000, "the session ran: " + Files.readString(dir.resolve(signal
                    + ".err")));
            new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor();
            // no hang (the runner gives a session 1.8 s to end after a signal); how fast is not a unit test's claim
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                fail("the child did not end within 10 s of SIG" + signal + "; its threads:\n"
                        + threads(child.pid()) + "\nits stderr:\n" + Files.readString(dir.resolve(signal + ".err")));
            }
            reader.join(5000);
            assertEquals(expectedExit, child.exitValue(), "exit code after SIG" + signal + ": "
                    + Files.readString(dir.resolve(signal + ".err")));
        } finally {
            child.destroyForcibly();
        }
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("summary", summary.get("type").asText(), lines.get(lines.size() - 1));
        assertEquals("signal", summary.get("interrupted").asText());
        assertTrue(summary.get("windows").asInt() > 0, summary.toString());
        long stops = lines.stream().filter(l -> l.contains("\"command\":\"stop\"")).count();
        assertEquals(1, stops, "one stop sent to the outputs (stdout here): " + lines);

        Recording recording = Recordings.read(xdf);
        assertEquals(List.of(), recording.warnings(), "every stream has its footer, nothing was cut short");
        List<String> types = recording.streams().stream().map(s -> s.info().type()).toList();
        assertTrue(types.containsAll(List.of("EEG", "Markers", "Commands", "Predictions")), types.toString());
        RecordedStream predictions = recording.streams().stream().filter(s -> s.info().type().equals("Predictions"))
                .findFirst().orElseThrow();
        assertEquals(summary.get("windows").asInt(), predictions.sampleCount(), "every decision recorded");
        RecordedStream commands = recording.streams().stream().filter(s -> s.info().type().equals("Commands"))
                .findFirst().orElseThrow();
        assertEquals(summary.get("commands").asInt() + 1, commands.sampleCount(), "commands and the final stop");
    }
}
