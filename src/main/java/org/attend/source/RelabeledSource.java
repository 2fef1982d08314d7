package org.attend.source;

import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/** A source whose channels get the labels of a device profile (for streams that publish no labels). */
public final class RelabeledSource extends ForwardingSource {

    private final StreamInfo info;

    public RelabeledSource(Source inner, ChannelLayout labels) {
        super(inner);
        StreamInfo i = inner.info();
        if (labels.size() != i.channelCount()) {
            throw new IllegalArgumentException("stream '" + i.name() + "' has " + i.channelCount()
                    + " channels, the labels " + labels.size());
        }
        this.info = new StreamInfo(i.name(), i.type(), labels, i.sampleRateHz(), i.unit(), i.sourceId());
    }

    @Override
    public StreamInfo info() {
        return info;
    }
}
