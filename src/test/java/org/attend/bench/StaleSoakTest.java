package org.attend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attend.lsl.JavaBackend;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The acceptance test of issue 23 on real loopback LSL: healthy bursty outlets (a peer pushing one chunk every
 * 250 ms, one pushing jittered bursts of about 20 chunks a second, and {@code attend lsl send} of a recording),
 * each decoded by a live session while two threads per core spin, for {@value #SECONDS} s: no session takes its
 * stream for a lost one, no output gets {@code stop}. The same for 10 minutes is {@code attend bench live --soak
 * 600} (docs/benchmarks.md); that a lost bursty outlet still stops every output is {@link LiveBenchTest}.
 */
@Timeout(120)
class StaleSoakTest {

    private static final double SECONDS = 25;

    @Test
    void healthyBurstyOutletsOnBusyCoresAreNeverStale() throws Exception {
        StaleSoak.Result r = StaleSoak.run(new StaleSoak.Plan(SECONDS, BusyCores.defaultCount(),
                TestFiles.home().resolve("recordings/eegmmidb/S001R08.edf")), new JavaBackend(TestFiles.loopbackLsl()));
        assertEquals(3, r.outcomes().size());
        for (StaleSoak.Outcome o : r.outcomes()) {
            assertEquals(0, o.staleEvents(), o.outlet() + ": false stale events");
            assertEquals(0, o.stops(), o.outlet() + ": stop sent to the outputs of a healthy stream");
            assertTrue(o.session().online().windows() > 0, o.outlet() + ": decoded");
        }
        StaleSoak.Outcome slow = r.outcomes().get(0);
        StaleSoak.Outcome bursty = r.outcomes().get(1);
        // the sessions saw the outlets' patterns: 4 chunks a second, and 10 or more (in bursts)
        assertTrue(slow.chunks() >= 0.9 * SECONDS / StaleSoak.SLOW_PEER_SECONDS, slow.outlet() + ": " + slow.chunks());
        assertTrue(bursty.chunks() >= 10 * SECONDS, bursty.outlet() + ": " + bursty.chunks() + " chunks");
    }
}
