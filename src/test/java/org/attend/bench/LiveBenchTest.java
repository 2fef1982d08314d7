package org.attend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attend.lsl.JavaBackend;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LiveBenchTest {

    @Test
    void measuresAStopPerKillAndTheSessionsDecisionLatency() throws Exception {
        LiveBench.Result r = LiveBench.run(new LiveBench.Plan(2, 0.3, LiveBench.Outlet.STEADY), new JavaBackend(TestFiles.loopbackLsl()));
        assertEquals(2, r.stopAfterLastSampleMillis().count(), "one figure per kill");
        assertTrue(r.stopAfterLastSampleMillis().min() > 0, "each stop came after the last sample: "
                + r.stopAfterLastSampleMillis());
        assertTrue(r.session().engine().signalLosses() >= 2, "a stale period per kill");
        assertTrue(r.session().online().windows() > 0);
        assertTrue(r.session().online().latencyMsP50() > 0, r.session().online().toString());
        assertEquals("benchmark over", r.session().interruption());
    }

    @Test
    void aLostBurstyOutletStopsEveryOutputAfterItsLastSample() throws Exception {
        LiveBench.Result r = LiveBench.run(new LiveBench.Plan(3, 0.3, LiveBench.Outlet.BURSTY),
                new JavaBackend(TestFiles.loopbackLsl()));
        assertEquals(3, r.stopAfterLastSampleMillis().count(), "one stop per kill");
        assertTrue(r.stopAfterLastSampleMillis().min() > 0, "each stop came after the last sample: "
                + r.stopAfterLastSampleMillis());
        assertTrue(r.session().engine().signalLosses() >= 3, "a stale period per kill");
    }

    @Test
    void aPlanWithoutRestartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LiveBench.Plan(0, 0.3, LiveBench.Outlet.STEADY));
    }
}
