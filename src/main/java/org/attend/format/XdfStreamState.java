package org.attend.format;

import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.attend.stream.StreamInfo;

/** What {@link XdfWriter} keeps of a stream for its footer: first/last time stamp, sample count, offsets. */
final class XdfStreamState {

    final StreamInfo info;
    final ChannelFormat format;
    final List<double[]> offsets = new ArrayList<>();
    double firstTimestamp = Double.NaN;
    double lastTimestamp = Double.NaN;
    long sampleCount;

    XdfStreamState(StreamInfo info, ChannelFormat format) {
        this.info = info;
        this.format = format;
    }

    void count(double first, double last, int samples) {
        if (sampleCount == 0) {
            firstTimestamp = first;
        }
        lastTimestamp = last;
        sampleCount += samples;
    }
}
