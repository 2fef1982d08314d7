package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import org.attend.stream.StreamInfo;

/**
 * A source that hands every call to another one, for decorators to override what they change (pacing, labels, a
 * failure injected in a test), as Guava's forwarding collections do.
 */
public abstract class ForwardingSource implements Source {

    /** The source decorated; closed with this one. */
    protected final Source inner;

    protected ForwardingSource(Source inner) {
        this.inner = inner;
    }

    @Override
    public StreamInfo info() {
        return inner.info();
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        return inner.read(timeout);
    }

    @Override
    public boolean isLive() {
        return inner.isLive();
    }

    @Override
    public double clockOffsetSeconds() {
        return inner.clockOffsetSeconds();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
