package org.attend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DspBenchTest {

    @Test
    void measuresEachRepetitionOfTheChainItNames() throws Exception {
        DspBench.Result r = DspBench.run(new DspBench.Plan(4, 160, 16, 2, 3, 0, false, 3));
        assertEquals(5, r.chain().filter().sectionCount(), "notch + order-4 band-pass");
        assertEquals(50, r.chain().notchHz());
        assertEquals(1, r.rounds(), "no scipy: one round");
        assertEquals(3, r.samplesPerSecond().count(), "one figure per repetition");
        assertTrue(r.samplesPerSecond().min() > 0, r.samplesPerSecond().toString());
        assertNull(r.scipy());
        assertNull(r.scipySkipped(), "not asked for");
    }

    @Test
    void scipyFiltersTheSameArrayInAlternatingRounds() throws Exception {
        Process probe = new ProcessBuilder("python3", "-c", "import scipy").start();
        Assumptions.assumeTrue(probe.waitFor() == 0, "python3 with scipy is not installed");
        DspBench.Result r = DspBench.run(new DspBench.Plan(4, 160, 16, 2, 4, 0, true, 2));
        assertEquals(2, r.rounds());
        assertEquals(4, r.samplesPerSecond().count());
        assertEquals(4, r.scipy().float32SamplesPerSecond().count());
        assertEquals(4, r.scipy().float64SamplesPerSecond().count());
        assertTrue(r.scipy().float32SamplesPerSecond().min() > 0 && r.scipy().float64SamplesPerSecond().min() > 0);
        assertTrue(r.scipy().version().startsWith("scipy"), r.scipy().version());
    }

    @Test
    void aPlanWithNothingToMeasureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DspBench.Plan(0, 160, 16, 2, 3, 0, false, 3));
        assertThrows(IllegalArgumentException.class, () -> new DspBench.Plan(4, 50, 16, 2, 3, 0, false, 3).chain(),
                "8-30 Hz and a 50 Hz notch at 50 Hz");
    }
}
