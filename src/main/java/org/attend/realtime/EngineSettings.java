package org.attend.realtime;

import java.time.Duration;

/**
 * Tuning of the engine's hand-over between acquisition and processing.
 *
 * @param queueChunks   chunks that may wait between the two threads; a live source overflowing it loses
 *                      samples (counted as dropped)
 * @param backpressureChunks queue length for a source that can wait: short, so that a chunk is decoded
 *                      soon after it is read and latency stays meaningful at full speed
 * @param pollTimeout   how long the acquisition thread waits for a source before checking the signal
 * @param signalTimeout silence after which the signal counts as lost (fail-safe stop)
 * @param lateSeconds   a chunk that waited longer than this before processing counts its samples as late
 */
public record EngineSettings(int queueChunks, int backpressureChunks, Duration pollTimeout, Duration signalTimeout, double lateSeconds) {

    /** 256 chunks of queue (4 with back-pressure), 100 ms polls, 1 s signal timeout, late after 0.25 s. */
    public static EngineSettings defaults() {
        return new EngineSettings(256, 4, Duration.ofMillis(100), Duration.ofSeconds(1), 0.25);
    }

    public EngineSettings {
        if (queueChunks < 1 || backpressureChunks < 1) {
            throw new IllegalArgumentException("queue must hold at least one chunk");
        }
    }
}
