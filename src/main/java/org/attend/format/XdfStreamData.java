package org.attend.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/** Samples, time stamps and clock offsets of one XDF stream as they are read, chunk after chunk. */
final class XdfStreamData {

    final int id;
    final XdfStreamHeader header;
    private float[][] values;
    private final List<List<String>> strings;
    private double[] stamps = new double[16];
    private int count;
    /** pyxdf: a sample without a time stamp gets the previous one plus 1/rate (starting from 0). */
    private double lastStamp;
    final List<double[]> clockOffsets = new ArrayList<>();
    /** Samples read before each clock offset arrived, to split the stream at clock resets. */
    final List<Integer> samplesAtOffset = new ArrayList<>();
    boolean footer;

    XdfStreamData(int id, XdfStreamHeader header) {
        this.id = id;
        this.header = header;
        if (header.format() == XdfChannelFormat.STRING) {
            strings = new ArrayList<>();
            for (int c = 0; c < header.channelCount(); c++) {
                strings.add(new ArrayList<>());
            }
        } else {
            strings = null;
            values = new float[header.channelCount()][16];
        }
    }

    int count() {
        return count;
    }

    /** Adds a sample's time stamp; NaN means "deduce it". Returns the sample index. */
    int addStamp(double stamp) {
        if (count == stamps.length) {
            stamps = Arrays.copyOf(stamps, count * 2);
            if (values != null) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], count * 2);
                }
            }
        }
        double tdiff = header.nominalRateHz() > 0 ? 1 / header.nominalRateHz() : 0;
        lastStamp = Double.isNaN(stamp) ? lastStamp + tdiff : stamp;
        stamps[count] = lastStamp;
        return count++;
    }

    void setValue(int channel, int sample, float value) {
        values[channel][sample] = value;
    }

    void addString(int channel, String value) {
        strings.get(channel).add(value);
    }

    void addClockOffset(double collectionTime, double offset) {
        clockOffsets.add(new double[] {collectionTime, offset});
        samplesAtOffset.add(count);
    }

    double[] stamps() {
        return Arrays.copyOf(stamps, count);
    }

    RecordedStream toStream(double[] timestamps) {
        XdfStreamHeader h = header;
        int n = h.channelCount();
        StreamInfo info = new StreamInfo(h.name(), h.type(), new ChannelLayout(h.labels()), h.nominalRateHz(),
                h.units().isEmpty() || h.units().get(0).isEmpty() ? "" : h.units().get(0), h.sourceId());
        double[] rates = new double[n];
        Arrays.fill(rates, h.nominalRateHz());
        List<String> types = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            types.add(h.type());
        }
        float[][] samples;
        String[][] text = null;
        if (strings != null) {
            samples = new float[0][];
            text = new String[n][];
            for (int c = 0; c < n; c++) {
                text[c] = strings.get(c).subList(0, count).toArray(String[]::new);
            }
        } else {
            samples = new float[n][];
            for (int c = 0; c < n; c++) {
                samples[c] = Arrays.copyOf(values[c], count);
            }
        }
        return new RecordedStream(info, h.format().xmlName(), h.units(), types, rates, samples, text, timestamps);
    }
}
