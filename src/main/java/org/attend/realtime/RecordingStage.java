package org.attend.realtime;

/** A stage that decodes nothing: the session only records, for {@code durationSeconds} of source time. */
public final class RecordingStage implements Stage {

    private final double durationSeconds;
    private double firstTime = Double.NaN;

    public RecordingStage(double durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    @Override
    public boolean accept(AcquiredChunk filtered) {
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
    public void signalLost(double lastSourceTime) {
        // nothing to stop: a recording simply has a gap
    }
}
