package org.attend.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void percentilesAreNearestRankAndTheMedianIsNumpys() {
        Summary s = Summary.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertEquals(5, s.percentile(50));
        assertEquals(10, s.percentile(99));
        assertEquals(1, s.percentile(1));
        assertEquals(5.5, s.median(), "even count: mean of the two middle values");
        assertEquals(3, Summary.of(5, 1, 3).median());
        assertEquals(1, s.min());
        assertEquals(10, s.max());
        assertEquals(5.5, s.mean());
        assertEquals(10, s.count());
    }

    @Test
    void nanosecondsBecomeMillisecondsAndNothingIsNaN() {
        Summary ms = Summary.millisOfNanos(new long[] {3_000_000, 1_000_000, 2_000_000, 99}, 3);
        assertEquals(3, ms.count(), "only the first three");
        assertEquals(2.0, ms.median());
        assertEquals(3.0, ms.percentile(99));
        Summary none = Summary.of();
        assertTrue(Double.isNaN(none.median()) && Double.isNaN(none.percentile(50)) && Double.isNaN(none.max())
                && Double.isNaN(none.min()) && Double.isNaN(none.mean()));
    }

    @Test
    void theValuesAreCopied() {
        double[] values = {1, 2, 3};
        Summary s = Summary.of(values);
        values[2] = 100;
        assertEquals(3, s.max());
    }
}
