package org.attend.realtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.attend.stream.Chunk;
import org.attend.stream.Window;

class SlidingWindowerTest {

    /** Windows are the same slices of the stream whatever the chunk sizes, ending every hop. */
    @Property(tries = 200)
    void windowsAreExactSlicesWhateverTheChunking(@ForAll @IntRange(min = 1, max = 40) int window,
                                                  @ForAll @IntRange(min = 1, max = 15) int hop,
                                                  @ForAll @IntRange(min = 1, max = 23) int chunk) {
        int total = 300;
        float[][] stream = new float[3][total];
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < total; t++) {
                stream[c][t] = c * 1000 + t;
            }
        }
        SlidingWindower windower = new SlidingWindower(new int[] {2, 0}, window, hop);
        List<Window> windows = new ArrayList<>();
        for (int start = 0; start < total; start += chunk) {
            int n = Math.min(chunk, total - start);
            float[][] data = new float[3][n];
            double[] times = new double[n];
            for (int c = 0; c < 3; c++) {
                System.arraycopy(stream[c], start, data[c], 0, n);
            }
            for (int i = 0; i < n; i++) {
                times[i] = (start + i) / 100.0;
            }
            windows.addAll(windower.push(new Chunk(data, times)));
        }
        assertEquals((total - window) / hop + 1, windows.size());
        for (int k = 0; k < windows.size(); k++) {
            Window w = windows.get(k);
            int end = window - 1 + k * hop;
            assertEquals(end / 100.0, w.endTime(), 1e-12);
            assertEquals(k, w.seq());
            assertArrayEquals(java.util.Arrays.copyOfRange(stream[2], end - window + 1, end + 1), w.data()[0]);
            assertArrayEquals(java.util.Arrays.copyOfRange(stream[0], end - window + 1, end + 1), w.data()[1]);
        }
    }
}
