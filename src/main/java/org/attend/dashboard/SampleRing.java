package org.attend.dashboard;

/**
 * The newest samples of every channel with their timestamps, in fixed arrays that are written in place: the
 * processing thread appends, the render thread copies out. Not thread-safe on its own; {@link DashboardModel}
 * guards it.
 */
final class SampleRing {

    private final float[][] data;
    private final double[] times;
    private final int capacity;
    private int next;
    private int size;

    SampleRing(int channels, int capacity) {
        this.data = new float[channels][capacity];
        this.times = new double[capacity];
        this.capacity = capacity;
    }

    /** Appends a chunk {@code [channel][sample]}; keeps only the newest {@code capacity} samples. */
    void append(float[][] chunk, double[] timestamps) {
        int n = timestamps.length;
        int from = Math.max(0, n - capacity);
        for (int i = from; i < n; i++) {
            for (int c = 0; c < data.length; c++) {
                data[c][next] = chunk[c][i];
            }
            times[next] = timestamps[i];
            next = (next + 1) % capacity;
        }
        size = Math.min(capacity, size + n - from);
    }

    int channels() {
        return data.length;
    }

    int size() {
        return size;
    }

    /** The newest {@code count} samples (fewer if fewer are held), oldest first, as fresh arrays. */
    Copy newest(int count) {
        int n = Math.min(count, size);
        float[][] out = new float[data.length][n];
        double[] t = new double[n];
        int start = Math.floorMod(next - n, capacity);
        int firstPart = Math.min(n, capacity - start);
        for (int c = 0; c < data.length; c++) {
            System.arraycopy(data[c], start, out[c], 0, firstPart);
            System.arraycopy(data[c], 0, out[c], firstPart, n - firstPart);
        }
        System.arraycopy(times, start, t, 0, firstPart);
        System.arraycopy(times, 0, t, firstPart, n - firstPart);
        return new Copy(out, t);
    }

    /** Samples {@code [channel][sample]} and their source times, seconds. */
    record Copy(float[][] data, double[] times) {
    }
}
