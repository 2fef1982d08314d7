package org.attend.cli;

import java.util.List;
import org.attend.progress.Progress;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;

/**
 * A decoding session's progress on stderr ({@link Progress}: a bar on a terminal, a line every 5 s elsewhere,
 * nothing with {@code --quiet}): the calibration block's cues ({@code calibration: 12/40 cues}), then the online
 * block's seconds of signal (out of its length when it has one).
 */
final class SessionProgress implements SessionListener {

    private final List<String> cueClasses;
    private final int trialsPerClass;
    private final int[] cues;
    private final double onlineSeconds;
    private final double windowSeconds;
    private final boolean calibrates;
    private Progress progress;
    private double onlineStart = Double.NaN;

    private SessionProgress(SessionPlan plan) {
        this.calibrates = plan.work() == SessionPlan.Work.CALIBRATE_THEN_DECODE;
        this.cueClasses = calibrates ? plan.commandClasses() : List.of();
        this.trialsPerClass = plan.calibrationTrialsPerClass();
        this.cues = new int[cueClasses.size()];
        this.onlineSeconds = plan.durationSeconds();
        this.windowSeconds = plan.decoder().contract().windowSeconds();
    }

    /** The output that reports a session's progress. */
    static SessionOutput output() {
        return SessionOutput.queuedListener("progress", context -> new SessionProgress(context.plan()));
    }

    @Override
    public void onChunk(Chunk raw, List<Marker> markers) {
        if (raw.sampleCount() == 0) {
            return;
        }
        if (Double.isNaN(onlineStart)) {
            if (calibrates && progress == null) {
                // started with the first samples: what a command says before its session starts comes first
                progress = Progress.start("calibration", (long) trialsPerClass * cueClasses.size(), "cues");
            }
            if (progress != null) {
                long needed = 0;
                for (Marker m : markers) {
                    int k = cueClasses.indexOf(m.label());
                    if (k >= 0) {
                        cues[k]++;
                    }
                }
                for (int count : cues) {
                    needed += Math.min(count, trialsPerClass); // a class's cues beyond its share wait for the others
                }
                progress.stepTo(needed);
            }
        } else {
            progress.stepTo((long) Math.max(0, raw.lastTime() - onlineStart));
        }
    }

    @Override
    public void onPrediction(Prediction prediction) {
        if (Double.isNaN(onlineStart)) {
            onlineStart = prediction.sourceTime() - windowSeconds; // the first window filled the block's start
            if (progress != null) {
                progress.close();
            }
            progress = Progress.start("online", Double.isFinite(onlineSeconds) ? (long) Math.ceil(onlineSeconds) : 0,
                    "s");
        }
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
    }
}
