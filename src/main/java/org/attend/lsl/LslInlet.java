package org.attend.lsl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Receives one LSL stream; implemented in pure Java ({@link JavaInlet}) and over liblsl (native backend). */
public interface LslInlet extends AutoCloseable {

    /** The stream as resolved (after a recovery, the restarted outlet's). */
    LslStreamInfo info();

    /** The full info with {@code desc}, fetched from the outlet. */
    LslStreamInfo fullInfo(Duration timeout) throws IOException;

    /** Connects and verifies the feed (handshake and test patterns), waiting at most {@code timeout}. */
    void open(Duration timeout) throws IOException;

    /**
     * The next sample with its sender timestamp, waiting at most {@code timeout}; null on timeout.
     *
     * @throws LslLostException when the stream is gone for good
     */
    LslSample pull(Duration timeout) throws IOException, InterruptedException;

    /** Up to {@code max} samples already received, without waiting. */
    List<LslSample> pullAvailable(int max) throws IOException;

    /**
     * Seconds to add to this stream's timestamps to map them to the local clock, from the most recent
     * estimate; the first call waits up to {@code timeout} for one.
     *
     * @throws IOException when no estimate came in time
     */
    double timeCorrection(Duration timeout) throws IOException, InterruptedException;

    /**
     * Samples known lost since the last call: dropped because the local buffer overflowed, plus those
     * missed during recovered connection losses.
     */
    long takeLostSamples();

    /** Connection losses recovered since the last call. */
    List<LslGap> takeGaps();

    @Override
    void close() throws IOException;
}
