package org.attend.progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void onANonTerminalItWritesPlainLinesAtMostOncePerIntervalAndOneAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        try (Progress progress = Progress.lines("bench dsp", 100, "repetitions",
                new PrintStream(bytes, true, StandardCharsets.UTF_8), 5 * SECOND, clock::get)) {
            for (int i = 0; i < 100; i++) {
                clock.addAndGet(SECOND / 4); // 100 steps over 25 s: a line at 5, 10, 15, 20 and 25 s
                progress.step();
                if (i == 50) {
                    progress.message("loss 0.125");
                }
            }
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), "no carriage returns on a pipe: " + out);
        String[] lines = out.split("\n");
        assertEquals(6, lines.length, out);
        assertEquals("bench dsp: 20/100 repetitions (20%), 5 s elapsed, about 20 s left", lines[0]);
        assertEquals("bench dsp: 60/100 repetitions (60%), 15 s elapsed, about 10 s left, loss 0.125", lines[2]);
        assertEquals("bench dsp: finished 100/100 repetitions in 25.0 s, loss 0.125", lines[5]);
    }

    @Test
    void stepsFasterThanTheIntervalWriteNothingUntilTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        try (Progress progress = Progress.lines("lsl send", 60, "s",
                new PrintStream(bytes, true, StandardCharsets.UTF_8), 5 * SECOND, clock::get)) {
            progress.stepTo(30);
            clock.addAndGet(SECOND);
            progress.stepTo(60);
        }
        assertEquals("lsl send: finished 60/60 s in 1.0 s\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void closedBeforeTheEndSaysWhereItStopped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        try (Progress progress = Progress.lines("data get eegmmidb", 2, "files",
                new PrintStream(bytes, true, StandardCharsets.UTF_8), 5 * SECOND, clock::get)) {
            progress.step();
            clock.addAndGet(SECOND / 2);
        }
        assertEquals("data get eegmmidb: stopped at 1/2 files after 0.5 s\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quietWritesNothingAnywhere() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress.setQuiet(true);
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try (Progress progress = Progress.start("train", 10, "steps")) {
                for (int i = 0; i < 10; i++) {
                    progress.step();
                }
            }
        } finally {
            System.setErr(stderr);
            Progress.setQuiet(false);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void startUnderTestsIsNotATerminalSoItWritesLinesNotABar() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try (Progress progress = Progress.start("convert", 3, "files")) {
                progress.stepTo(3);
            }
        } finally {
            System.setErr(stderr);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), out);
        assertTrue(out.startsWith("convert: finished 3/3 files in "), out);
    }
}
