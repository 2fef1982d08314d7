package org.attend.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/**
 * Samples, time stamps and clock offsets of one XDF stream as they are read, chunk after chunk. Values are kept
 * interleaved ({@code [sample][channel]}) in one growing array, so memory follows the samples actually read,
 * not the channel count a header claims.
 */
final class XdfStreamData {

    final int id;
    final XdfStreamHeader header;
    private float[] values = new float[0];
    private String[] strings = new String[0];
    private double[] stamps = new double[0];
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
    }

    /** Adds a sample's time stamp (NaN: deduce it) and room for its values; returns the sample index. */
    int addStamp(double stamp) {
        if (count == stamps.length) {
            int capacity = Math.max(16, count * 2);
            stamps = Arrays.copyOf(stamps, capacity);
            if (header.format() == ChannelFormat.STRING) {
                strings = Arrays.copyOf(strings, capacity * header.channelCount());
            } else {
                values = Arrays.copyOf(values, capacity * header.channelCount());
            }
        }
        double tdiff = header.nominalRateHz() > 0 ? 1 / header.nominalRateHz() : 0;
        lastStamp = Double.isNaN(stamp) ? lastStamp + tdiff : stamp;
        stamps[count] = lastStamp;
        return count++;
    }

    void setValue(int channel, int sample, float value) {
        values[sample * header.channelCount() + channel] = value;
    }

    void setString(int channel, int sample, String value) {
        strings[sample * header.channelCount() + channel] = value;
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
        List<String> units = new ArrayList<>();
        double[] toMicrovolts = new double[n];
        for (int c = 0; c < n; c++) {
            String unit = h.units().get(c);
            toMicrovolts[c] = Units.toMicrovolts(unit);
            units.add(Units.isVoltage(unit) ? "uV" : unit);
        }
        StreamInfo info = new StreamInfo(h.name(), h.type(), new ChannelLayout(h.labels()), h.nominalRateHz(),
                units.isEmpty() ? "" : units.get(0), h.sourceId());
        double[] rates = new double[n];
        Arrays.fill(rates, h.nominalRateHz());
        List<String> types = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            types.add(h.type());
        }
        float[][] samples = new float[0][];
        String[][] text = null;
        if (h.format() == ChannelFormat.STRING) {
            text = new String[n][count];
            for (int i = 0; i < count; i++) {
                for (int c = 0; c < n; c++) {
                    text[c][i] = strings[i * n + c];
                }
            }
        } else {
            samples = new float[n][count];
            for (int i = 0; i < count; i++) {
                for (int c = 0; c < n; c++) {
                    samples[c][i] = (float) (values[i * n + c] * toMicrovolts[c]);
                }
            }
        }
        return new RecordedStream(info, h.format().xmlName(), units, types, rates, samples, text, timestamps);
    }
}
