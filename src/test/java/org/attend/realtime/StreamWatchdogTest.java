package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** The watchdog's looks ({@code tick}) on a fake clock: stale exactly after the timeout, once per gap. */
class StreamWatchdogTest {

    private static final long MS = 1_000_000L;

    private final FakeTicker clock = new FakeTicker(0);
    private final List<String> events = new ArrayList<>();

    private StreamWatchdog watchdog(double staleMillis) {
        return new StreamWatchdog("EEG", staleMillis, clock, t -> events.add("marked " + t),
                t -> events.add("stop " + t));
    }

    @Test
    void aFixedTimeoutMakesTheStreamStaleOneNanosecondAfterItAndOnlyOnce() throws Exception {
        StreamWatchdog w = watchdog(100);
        w.tick();
        assertEquals(List.of(), events, "nothing before the first chunk");
        assertFalse(w.arrived(clock.nanos(), 1.0));
        clock.advance(100 * MS);
        w.tick();
        assertEquals(List.of(), events, "silent for exactly the timeout: not stale");
        clock.advance(1);
        w.tick();
        w.tick();
        assertEquals(List.of("marked 1.0", "stop 1.0"), events, "stale once, with the last sample's time");
        clock.advanceMillis(500);
        assertTrue(w.arrived(clock.nanos(), 2.0), "the next chunk ends the gap");
        assertFalse(w.arrived(clock.nanos(), 2.1));
        assertEquals(100, w.staleMillis());
        w.close();
    }

    @Test
    void withoutATimeoutItLearnsFromTheArrivalsAndAfreshAfterAGap() throws Exception {
        StreamWatchdog w = watchdog(Double.NaN);
        assertEquals(StaleTimeout.LEARNING_MILLIS, w.staleMillis(), "generous while learning");
        for (int i = 0; i <= 40; i++) {
            clock.advanceMillis(i % 4 == 3 ? 150 : 20);
            w.arrived(clock.nanos(), i);
        }
        // intervals: 20 ms three times in four, 150 ms once: pushes every 20 ms, 97th percentile 150 → 1.5 × 150
        assertEquals(225, w.staleMillis(), 1e-9);
        clock.advanceMillis(225);
        w.tick();
        assertEquals(List.of(), events, "a burst as long as the learnt ones is no loss");
        clock.advanceMillis(1);
        w.tick();
        assertEquals(List.of("marked 40.0", "stop 40.0"), events, "stale 226 ms after the last chunk");
        w.arrived(clock.nanos(), 41);
        assertEquals(StaleTimeout.LEARNING_MILLIS, w.staleMillis(), "after a gap: learnt afresh");
        w.close();
    }
}
