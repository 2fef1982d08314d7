package org.attend.realtime;

import org.attend.stream.Chunk;

/** A stage that decodes nothing: the session only records, for {@code durationSeconds} of source time. */
public final class RecordingStage implements Stage {

    private final double durationSeconds;
    private double firstTime = Double.NaN;

    public RecordingStage(double durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    @Override
    public boolean accept(AcquiredChunk filtered, Chunk raw) {
        if (filtered.chunk().sampleCount() == 0) {
            return true;
        }
        if (Double.isNaN(firstTime)) {
            firstTime = filtered.chunk().firstTime();
        }
        // the chunk's last sample is one sample period short of the time it covers
        double covered = filtered.chunk().lastTime() - firstTime + (filtered.chunk().sampleCount() > 1
                ? filtered.chunk().timestamps()[1] - filtered.chunk().timestamps()[0] : 0);
        return covered < durationSeconds - 1e-9;
    }

    @Override
    public void streamStale(double lastSourceTime) {
        // nothing to forget: the recorder marks the gap
    }

    @Override
    public void restartAfterGap() {
        // the recording simply continues
    }
}
