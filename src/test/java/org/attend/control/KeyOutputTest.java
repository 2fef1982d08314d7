package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key presses on a private Xvfb display, pressed by {@link KeyOutput} in a child JVM (AWT reads its display
 * once, from {@code DISPLAY}) and received by an independent X client, {@code xev -root}, which prints every
 * key event with its keysym.
 */
class KeyOutputTest {

    private static final Pattern KEY_EVENT = Pattern.compile("^(KeyPress|KeyRelease) event");
    private static final Pattern KEYSYM = Pattern.compile("\\(keysym 0x[0-9a-f]+, ([^)]+)\\)");

    /** One key event as the X server delivered it. */
    record KeyEventSeen(String type, String keysym) {
        @Override
        public String toString() {
            return type + " " + keysym;
        }
    }

    private final List<Process> processes = new ArrayList<>();
    private final List<KeyEventSeen> events = new CopyOnWriteArrayList<>();
    private String display;

    @BeforeEach
    void startDisplayAndReceiver() throws Exception {
        assumeTrue(SerialOutputTest.onPath("Xvfb"), "no Xvfb binary (apt-get install xvfb): no display to press "
                + "keys on");
        assumeTrue(SerialOutputTest.onPath("xev"), "no xev binary (apt-get install x11-utils): no independent "
                + "receiver of key events");
        Process xvfb = start(new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD));
        String number = firstLine(xvfb, 20);
        assertTrue(number != null && number.strip().matches("\\d+"), "Xvfb reported its display: " + number);
        display = ":" + number.strip();
        Process xev = start(new ProcessBuilder("xev", "-display", display, "-root", "-event", "keyboard")
                .redirectErrorStream(true));
        Thread reader = new Thread(() -> parseXev(xev), "xev-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
            processes.get(i).waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void holdModeKeepsTheKeyDownUntilTheNextCommandAndStopReleasesIt() throws Exception {
        Driver keys = driver("HOLD", "left=LEFT", "right=RIGHT", "stop=ESCAPE", "sync=F12");
        synchronise(keys);
        keys.send("left");
        assertEquals("[KeyPress Left]", eventsBeforeProbe(keys), "left is held, not tapped");
        keys.send("right");
        assertEquals("[KeyPress Left, KeyRelease Left, KeyPress Right]", eventsBeforeProbe(keys),
                "the next command releases it");
        keys.send("stop");
        assertEquals("[KeyPress Left, KeyRelease Left, KeyPress Right, KeyRelease Right, KeyPress Escape, "
                + "KeyRelease Escape]", eventsBeforeProbe(keys), "stop releases the held key, then taps its own");
    }

    @Test
    void tapModePressesAndReleasesAndIgnoresCommandsWithoutAKey() throws Exception {
        Driver keys = driver("TAP", "left=LEFT", "right=shift D", "sync=F12");
        synchronise(keys);
        keys.send("left");
        assertEquals("[KeyPress Left, KeyRelease Left]", eventsBeforeProbe(keys), "tapped at once");
        keys.send("stop");
        keys.send("right");
        assertEquals("[KeyPress Left, KeyRelease Left, KeyPress Shift_L, KeyPress D, KeyRelease D, "
                + "KeyRelease Shift_L]", eventsBeforeProbe(keys), "stop has no key here; right is shift+D");
    }

    @Test
    void bindingsParseKeyNamesAndRefuseUnknownOnes() {
        KeyBinding left = KeyBinding.parse("left=LEFT");
        assertEquals("left", left.command());
        assertEquals(KeyEvent.VK_LEFT, left.keyCode());
        assertEquals(List.of(KeyEvent.VK_CONTROL), KeyBinding.parse("right=ctrl RIGHT").modifierKeys());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyBinding.parse("left=LEFTISH"));
        assertTrue(e.getMessage().contains("'LEFTISH' is not a key name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyBinding.parse("left"));
        assertThrows(IllegalArgumentException.class, () -> KeyBinding.parse("=LEFT"));
    }

    /** The child JVM pressing keys, and its answers. */
    private record Driver(PrintWriter in, BlockingQueue<String> answers) {
        void send(String command) throws InterruptedException {
            in.println(command);
            in.flush();
            String answer = answers.poll(20, TimeUnit.SECONDS);
            assertEquals("ok " + command, answer);
        }
    }

    private Driver driver(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), KeyOutputDriver.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("DISPLAY", display);
        Process p = start(pb);
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    answers.add(line);
                }
            } catch (IOException e) {
                answers.add("driver output failed: " + e.getMessage());
            }
        }, "driver-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals("ready", answers.poll(60, TimeUnit.SECONDS), "the driver opened its Robot");
        return new Driver(new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8), answers);
    }

    /**
     * Presses F12 until xev reports it, so that the receiver is known to listen; {@code stop} lets go of it
     * (it is held in hold mode); then forgets those events.
     */
    private void synchronise(Driver keys) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (events.stream().noneMatch(e -> e.keysym().equals("F12")) && System.nanoTime() < deadline) {
            keys.send("sync");
            Thread.sleep(100);
        }
        assertTrue(events.stream().anyMatch(e -> e.keysym().equals("F12")), "xev receives key events");
        keys.send("stop");
        eventsBeforeProbe(keys);
        events.clear();
    }

    /**
     * The key events received so far, up to a probe tapped after them on the same display connection: everything
     * the key output sent before the probe, nothing it did not (the probe's own events are dropped).
     */
    private String eventsBeforeProbe(Driver keys) throws InterruptedException {
        keys.send("probe");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.stream().noneMatch(KeyOutputTest::probeReleased) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(events.stream().anyMatch(KeyOutputTest::probeReleased), "the probe arrives: " + events);
        String before = events.stream().takeWhile(e -> !e.keysym().equals(KeyOutputDriver.PROBE_KEY)).toList()
                .toString();
        events.removeIf(e -> e.keysym().equals(KeyOutputDriver.PROBE_KEY));
        return before;
    }

    private static boolean probeReleased(KeyEventSeen e) {
        return e.type().equals("KeyRelease") && e.keysym().equals(KeyOutputDriver.PROBE_KEY);
    }

    private void parseXev(Process xev) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(xev.getInputStream(),
                StandardCharsets.UTF_8))) {
            String type = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = KEY_EVENT.matcher(line);
                if (m.find()) {
                    type = m.group(1);
                    continue;
                }
                Matcher k = KEYSYM.matcher(line);
                if (type != null && k.find()) {
                    events.add(new KeyEventSeen(type, k.group(1)));
                    type = null;
                }
            }
        } catch (IOException e) {
            // the receiver ended with the test
        }
    }

    private Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static String firstLine(Process p, int timeoutSeconds) throws Exception {
        BlockingQueue<String> line = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                String l = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                line.add(l == null ? "(no output)" : l);
            } catch (IOException e) {
                line.add("(failed: " + e.getMessage() + ")");
            }
        }, "first-line");
        reader.setDaemon(true);
        reader.start();
        return line.poll(timeoutSeconds, TimeUnit.SECONDS);
    }
}
