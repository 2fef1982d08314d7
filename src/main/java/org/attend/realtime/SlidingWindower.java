package org.attend.realtime;

import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Chunk;
import org.attend.stream.Window;

/**
 * Cuts overlapping windows of {@code windowSamples} every {@code hopSamples} from a stream of chunks,
 * keeping only the selected channels, in the selection's order.
 */
public final class SlidingWindower {

    private final int[] channels;
    private final int windowSamples;
    private final int hopSamples;
    private final float[][] ring;
    private int head;
    private long filled;
    private int sinceLast;
    private long seq;

    /**
     * @param channels      indices into the chunk's channels, in the order windows hold them
     * @param windowSamples window length
     * @param hopSamples    samples between the ends of consecutive windows
     */
    public SlidingWindower(int[] channels, int windowSamples, int hopSamples) {
        if (windowSamples < 1 || hopSamples < 1) {
            throw new IllegalArgumentException("window and hop must be at least one sample");
        }
        this.channels = channels.clone();
        this.windowSamples = windowSamples;
        this.hopSamples = hopSamples;
        this.ring = new float[channels.length][windowSamples];
    }

    /** Windows completed by this chunk, oldest first. */
    public List<Window> push(Chunk chunk) {
        List<Window> windows = new ArrayList<>(1);
        float[][] data = chunk.data();
        for (int i = 0; i < chunk.sampleCount(); i++) {
            for (int c = 0; c < channels.length; c++) {
                ring[c][head] = data[channels[c]][i];
            }
            head = (head + 1) % windowSamples;
            filled++;
            sinceLast++;
            if (filled == windowSamples || (filled > windowSamples && sinceLast >= hopSamples)) {
                sinceLast = 0;
                windows.add(new Window(unroll(), chunk.timestamps()[i], seq++));
            }
        }
        return windows;
    }

    /** Starts afresh: the next window holds only samples pushed after this call (a gap in the stream). */
    public void reset() {
        head = 0;
        filled = 0;
        sinceLast = 0;
    }

    private float[][] unroll() {
        float[][] out = new float[channels.length][windowSamples];
        int tail = windowSamples - head;
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(ring[c], head, out[c], 0, tail);
            System.arraycopy(ring[c], 0, out[c], tail, head);
        }
        return out;
    }
}
