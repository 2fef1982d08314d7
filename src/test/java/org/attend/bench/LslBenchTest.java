package org.attend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LslBenchTest {

    @Test
    void eachRunTimesEverySampleAndTheListenerHearsEachRun() throws Exception {
        List<String> heard = new ArrayList<>();
        List<LslBench.BackendRuns> result = LslBench.run(new LslBench.Plan(List.of("java"), 4, 2000, 200, 20, 500, 2),
                (round, name, run) -> heard.add(round + " " + name));
        assertEquals(1, result.size());
        assertEquals(List.of("1 " + result.get(0).name(), "2 " + result.get(0).name()), heard);
        assertEquals(2, result.get(0).runs().size());
        for (LslBench.Run run : result.get(0).runs()) {
            assertEquals(200, run.latencySeconds().count(), "every measured sample, none of the warm-up");
            assertTrue(run.latencySeconds().min() > 0, "a sample is pulled after it was pushed: " + run);
            assertTrue(run.latencySeconds().percentile(99) <= run.latencySeconds().max());
            assertTrue(run.samplesPerSecondOnePerPush() > 0 && run.samplesPerSecondChunked() > 0, run.toString());
        }
    }

    @Test
    void autoMeansJavaFirst() {
        assertEquals("java", LslBench.backendModes("auto").get(0));
        assertEquals(List.of("native"), LslBench.backendModes("native"));
    }
}
