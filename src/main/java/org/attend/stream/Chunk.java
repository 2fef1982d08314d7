package org.attend.stream;

/**
 * A block of consecutive samples of one stream.
 *
 * @param data       samples as {@code [channel][sample]}, microvolts
 * @param timestamps source time of each sample, seconds
 */
public record Chunk(float[][] data, double[] timestamps) {

    public Chunk {
        for (float[] channel : data) {
            if (channel.length != timestamps.length) {
                throw new IllegalArgumentException("channel of " + channel.length + " samples but "
                        + timestamps.length + " timestamps");
            }
        }
    }

    public int channelCount() {
        return data.length;
    }

    public int sampleCount() {
        return timestamps.length;
    }

    public double firstTime() {
        return timestamps[0];
    }

    public double lastTime() {
        return timestamps[timestamps.length - 1];
    }
}
