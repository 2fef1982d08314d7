package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/** A source whose channels get the labels of a device profile (for streams that publish no labels). */
public final class RelabeledSource implements Source {

    private final Source inner;
    private final StreamInfo info;

    public RelabeledSource(Source inner, ChannelLayout labels) {
        if (labels.size() != inner.info().channelCount()) {
            throw new IllegalArgumentException("stream '" + inner.info().name() + "' has "
                    + inner.info().channelCount() + " channels, the labels " + labels.size());
        }
        StreamInfo i = inner.info();
        this.inner = inner;
        this.info = new StreamInfo(i.name(), i.type(), labels, i.sampleRateHz(), i.unit(), i.sourceId());
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        return inner.read(timeout);
    }

    @Override
    public double clockOffsetSeconds() {
        return inner.clockOffsetSeconds();
    }

    @Override
    public boolean isLive() {
        return inner.isLive();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
