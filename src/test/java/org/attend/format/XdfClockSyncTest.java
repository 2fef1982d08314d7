package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XdfClockSyncTest {

    @Test
    void theRobustFitRecoversADriftingOffsetDespiteAnOutlier() {
        double[] t = new double[40];
        double[] v = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = 5000 + 5 * i;
            v[i] = 0.25 + 2e-6 * t[i];
        }
        v[17] += 0.3; // one measurement delayed by a busy network
        double[] coef = XdfClockSync.fit(t, v);
        // within the measured span the line is the true offset to 1e-5 s, the outlier's pull bounded by Huber
        assertEquals(0.25 + 2e-6 * 5100, coef[0] + coef[1] * 5100, 1e-5);
        // and equal to the independent numpy ADMM of xdf_decode.huber_line (make_reference.py's)
        assertEquals(0.2500516713226046, coef[0], 1e-10);
        assertEquals(1.99036701666586e-06, coef[1], 1e-15);
    }

    @Test
    void aResetSplitsTheOffsetsAndEachSegmentGetsItsOwnLine() {
        List<double[]> offsets = new ArrayList<>();
        List<Integer> samplesAt = new ArrayList<>();
        // 10 Hz stream: 100 samples on clock A (offset +100 s), then the machine restarts: clock B (offset -5 s)
        double[] stamps = new double[200];
        for (int i = 0; i < 100; i++) {
            stamps[i] = 1000 + i * 0.1;
            stamps[100 + i] = 3 + i * 0.1;
        }
        for (int k = 0; k < 5; k++) {
            offsets.add(new double[] {1000 + 2 * k, 100});
            samplesAt.add(20 * k);
        }
        for (int k = 0; k < 5; k++) {
            offsets.add(new double[] {3 + 2 * k, -5});
            samplesAt.add(100 + 20 * k);
        }
        double[] times = offsets.stream().mapToDouble(o -> o[0]).toArray();
        double[] values = offsets.stream().mapToDouble(o -> o[1]).toArray();
        List<int[]> ranges = XdfClockSync.ranges(times, values);
        assertEquals(2, ranges.size());
        assertArrayEquals(new int[] {0, 4}, ranges.get(0));
        assertArrayEquals(new int[] {5, 9}, ranges.get(1));
        XdfClockSync.synchronize(stamps, offsets, samplesAt, true);
        assertEquals(1100.0, stamps[0], 1e-6);
        assertEquals(1109.9, stamps[99], 1e-6);
        assertEquals(-2.0, stamps[100], 1e-6);
        assertEquals(7.9, stamps[199], 1e-6);
    }

    @Test
    void dejitteringFitsALinePerSegmentBetweenGaps() {
        double[] stamps = new double[1000];
        for (int i = 0; i < 1000; i++) {
            stamps[i] = (i < 500 ? 10 : 20) + (i % 500) * 0.01 + ((i * 7919) % 13 - 6) * 1e-4;
        }
        XdfClockSync.dejitter(stamps, 100);
        for (int i = 2; i < 1000; i++) {
            if (i != 500 && i != 501) {
                assertEquals(stamps[i - 1] - stamps[i - 2], stamps[i] - stamps[i - 1], 1e-9, "step at " + i);
            }
        }
        assertEquals(10, stamps[0], 1e-3);
        assertEquals(20, stamps[500], 1e-3);
    }
}
