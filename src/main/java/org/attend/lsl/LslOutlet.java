package org.attend.lsl;

import java.io.IOException;
import java.util.List;

/** Publishes one LSL stream; implemented in pure Java ({@link JavaOutlet}) and over liblsl (native backend). */
public interface LslOutlet extends AutoCloseable {

    /** The stream as announced, with the outlet's ports. */
    LslStreamInfo info();

    /**
     * Pushes one sample.
     *
     * @param values      the format's value array ({@code float[]} for float32, ...), one per channel; the Java
     *                    backend queues this array itself until it is sent, so pass a fresh one (or a copy) per push
     * @param timestamp   seconds on the LSL clock; 0 means now, {@link LslSample#DEDUCED} lets receivers deduce it
     * @param pushthrough send at once rather than gathering samples into a larger write
     */
    void pushSample(Object values, double timestamp, boolean pushthrough);

    /** Pushes one sample stamped now, sent at once. */
    default void pushSample(Object values) {
        pushSample(values, 0.0, true);
    }

    /**
     * Pushes a chunk stamped by its last sample, as liblsl's {@code push_chunk}: the first sample is back-dated
     * by (n-1)/rate and transmitted, the others are deduced; the chunk goes out in one write.
     */
    void pushChunk(List<?> samples, double lastTimestamp);

    /** Pushes a chunk with one timestamp per sample, in one write. */
    void pushChunk(List<?> samples, double[] timestamps);

    /** Number of inlets currently receiving data. */
    int consumerCount();

    @Override
    void close() throws IOException;
}
