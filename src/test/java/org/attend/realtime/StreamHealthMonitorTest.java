package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamState;
import org.attend.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** The health state machine on a fake clock: every transition and every report, at the exact nanosecond. */
class StreamHealthMonitorTest {

    private static final long MS = 1_000_000L;

    private final FakeTicker clock = new FakeTicker(-5_000 * MS); // any origin, negative included
    private final List<String> reports = new ArrayList<>();
    private final StreamHealthMonitor monitor = new StreamHealthMonitor("EEG", 1_000 * MS, clock,
            state -> new StreamHealth("EEG", state, 1.5, 0, 0, Double.NaN, Double.NaN, Double.NaN),
            List.of(new SessionListener() {
                @Override
                public void onHealth(StreamHealth health) {
                    reports.add(health.state() + "@" + (clock.nanos() + 5_000 * MS) / MS);
                }
            }));

    @Test
    void connectedStaleLostRecoveredConnectedWithAReportEverySecondBetween() throws Exception {
        monitor.tick(clock.nanos());
        assertEquals(List.of(), reports, "nothing before the first samples");
        monitor.samples();
        long arrival = clock.nanos();
        clock.advance(999 * MS);
        monitor.tick(arrival);
        monitor.samples();
        assertEquals(List.of("CONNECTED@0"), reports, "connected once; no report before a second has passed");
        clock.advance(MS);
        monitor.tick(arrival);
        assertEquals(List.of("CONNECTED@0", "CONNECTED@1000"), reports, "the periodic report, at 1 s exactly");

        arrival = clock.nanos();
        clock.advance(100 * MS);
        monitor.stale();
        clock.advance(900 * MS);
        monitor.tick(arrival);
        assertEquals(StreamState.STALE, monitor.state(), "silent for exactly the signal timeout: not lost yet");
        clock.advance(1);
        monitor.tick(arrival);
        assertEquals(StreamState.LOST, monitor.state(), "1 ns beyond it: lost");

        clock.advance(500 * MS);
        assertTrue(monitor.recovered());
        assertFalse(monitor.recovered(), "recovered once");
        clock.advance(999 * MS);
        monitor.tick(clock.nanos());
        assertEquals(StreamState.RECOVERED, monitor.state());
        clock.advance(MS);
        monitor.tick(clock.nanos());
        assertEquals(StreamState.CONNECTED, monitor.state(), "a second after the recovery");
        assertEquals(List.of("CONNECTED@0", "CONNECTED@1000", "STALE@1100", "LOST@2000", "RECOVERED@2500",
                "CONNECTED@3500"), reports);
    }

    @Test
    void aStreamThatWasNeverStaleIsNotRecovered() throws Exception {
        monitor.samples();
        assertFalse(monitor.recovered());
        assertEquals(StreamState.CONNECTED, monitor.state());
    }
}
