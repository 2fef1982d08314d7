package org.attend.stream;

/**
 * A fixed-length window cut from a stream, the unit a decoder sees.
 *
 * @param data    samples as {@code [channel][sample]}, microvolts
 * @param endTime source time of the last sample, seconds
 * @param seq     running number of the window in its session
 */
public record Window(float[][] data, double endTime, long seq) {

    public int channelCount() {
        return data.length;
    }

    public int sampleCount() {
        return data.length == 0 ? 0 : data[0].length;
    }
}
