package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attend.stream.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial line protocol on a pseudo-terminal pair made by socat, read back from the other end as a file. */
class SerialOutputTest {

    @Test
    void eachCommandIsOneAsciiLineOnTheOtherEndOfAPtyPair(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed (apt-get install socat): no pseudo-terminal pair");
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(Files.exists(a) && Files.exists(b)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(a) && Files.exists(b), "socat made the pty pair");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            // the far end is open before the first line is written, as a device's would be
            FileInputStream farEnd = new FileInputStream(b.toRealPath().toFile());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(farEnd, StandardCharsets.US_ASCII))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("read failed: " + e.getMessage());
                }
            }, "pty-reader");
            reader.setDaemon(true);
            reader.start();
            try (SerialOutput serial = new SerialOutput(SerialOutput.Target.parse(a + ":9600"),
                    List.of("left", "right", "stop"))) {
                serial.accept(new Command("left", 0.934f, 1.0, System.nanoTime()));
                serial.accept(new Command("right", 0.875f, 2.0, System.nanoTime()));
                serial.accept(new Command(ControlPolicy.STOP, 1f, 2.5, System.nanoTime()));
                assertEquals("CMD left 0.93", lines.poll(5, TimeUnit.SECONDS));
                assertEquals("CMD right 0.88", lines.poll(5, TimeUnit.SECONDS));
                assertEquals("CMD stop 1.00", lines.poll(5, TimeUnit.SECONDS));
            }
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void lineFormatIsFixed() {
        assertEquals("CMD left 0.93\n", SerialOutput.line(new Command("left", 0.925001f, 0, 0)));
        assertEquals("CMD stop 1.00\n", SerialOutput.line(new Command("stop", 1f, 0, 0)));
    }

    @Test
    void targetsParseWithADefaultBaudAndOneLineErrors() {
        assertEquals(new SerialOutput.Target("/dev/ttyUSB0", 115_200), SerialOutput.Target.parse("/dev/ttyUSB0"));
        assertEquals(new SerialOutput.Target("COM3", 9600), SerialOutput.Target.parse("COM3:9600"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SerialOutput.Target.parse("/dev/ttyUSB0:fast"));
        assertTrue(e.getMessage().contains("baud 'fast'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SerialOutput.Target.parse(":9600"));
        assertThrows(IllegalArgumentException.class, () -> SerialOutput.Target.parse("/dev/ttyUSB0:0"));
    }

    @Test
    void aMissingPortOrAnUnsendableCommandFailsWithOneLine(@TempDir Path dir) {
        String missing = dir.resolve("no-such-tty").toString();
        IOException e = assertThrows(IOException.class,
                () -> new SerialOutput(SerialOutput.Target.parse(missing), List.of("left", "stop")).close());
        assertTrue(e.getMessage().startsWith("serial port " + missing), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SerialOutput(SerialOutput.Target.parse(missing), List.of("left hand", "stop")));
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
