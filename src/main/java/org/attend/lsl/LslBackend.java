package org.attend.lsl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One way of speaking LSL: the pure-Java implementation, or liblsl through JNA. Chosen with
 * {@link LslBackends#select}.
 */
public interface LslBackend extends AutoCloseable {

    /** What this backend is, for messages: {@code java} or {@code native (liblsl 117)}. */
    String name();

    /** Streams of this session matching {@code predicate} (blank for all); see {@link JavaResolver#resolve}. */
    List<LslStreamInfo> resolve(String predicate, int minimum, Duration timeout) throws IOException;

    /** Every stream seen within {@code wait}. */
    List<LslStreamInfo> resolveAll(Duration wait) throws IOException;

    /** An inlet for a resolved stream; call {@link LslInlet#open} to connect. */
    LslInlet inlet(LslStreamInfo resolved, InletOptions options) throws IOException;

    /** Publishes a stream. */
    LslOutlet outlet(LslStreamInfo spec) throws IOException;

    @Override
    default void close() {
    }
}
