package org.attend.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
import org.attend.stream.PredictionStream;
import org.attend.stream.Window;

/**
 * Cross-validation inside a calibration block, as a self-paced session needs it to choose its control policy:
 * the block's cues are split into contiguous folds; for each, a fresh {@link SelfPacedDecoder} is calibrated
 * ({@link Decoder#fineTune}: a new decoder trains, a pretrained one fine-tunes) on the epochs outside the fold and
 * predicts every window of the fold, as it would online. The folds' streams are then what a policy is fitted on.
 */
public final class SelfPacedTraining {

    /** Folds of the calibration block. */
    public static final int FOLDS = 5;

    private SelfPacedTraining() {
    }

    /**
     * What a calibration takes from its block.
     *
     * @param classes       the command classes (the cue labels)
     * @param offsetSeconds epochs start this long after their cue
     * @param windowSamples samples per epoch and per window
     * @param hopSamples    samples between windows of a stream
     */
    public record Layout(List<String> classes, double offsetSeconds, int windowSamples, int hopSamples) {
    }

    /** Epochs of the whole block: the cued trials and the rest between them. */
    public static LabeledEpochs epochs(CalibrationBlock block, List<String> channels, Layout layout) {
        return block.epochs(channels, layout.classes(), SelfPacedDecoder.REST, layout.offsetSeconds(),
                layout.windowSamples(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The held-out prediction stream of each of {@code folds} contiguous folds.
     *
     * @param fresh makes an uncalibrated self-paced decoder (a new class decoder, or the pretrained one loaded
     *              afresh); each is closed here
     */
    public static List<PredictionStream> crossValidated(CalibrationBlock block, Supplier<SelfPacedDecoder> fresh,
                                                        Layout layout, int folds) {
        List<Marker> cues = block.timeline().cues();
        if (cues.size() < folds) {
            throw new IllegalArgumentException("cross-validating " + folds + " folds needs at least " + folds
                    + " cued trials, got " + cues.size());
        }
        double start = block.timeline().startSeconds();
        double end = block.timeline().endSeconds();
        List<PredictionStream> streams = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            double from = f == 0 ? start : cues.get(f * cues.size() / folds).time();
            double to = f == folds - 1 ? end : cues.get((f + 1) * cues.size() / folds).time();
            try (SelfPacedDecoder decoder = fresh.get()) {
                List<String> channels = decoder.contract().channels();
                LabeledEpochs before = block.epochs(channels, layout.classes(), SelfPacedDecoder.REST,
                        layout.offsetSeconds(), layout.windowSamples(), start, from);
                LabeledEpochs after = block.epochs(channels, layout.classes(), SelfPacedDecoder.REST,
                        layout.offsetSeconds(), layout.windowSamples(), to, end);
                decoder.fineTune(LabeledEpochs.concat(List.of(before, after)));
                List<Prediction> predictions = new ArrayList<>();
                for (Window w : block.windows(layout.windowSamples(), layout.hopSamples(), from, to)) {
                    predictions.add(decoder.predict(w));
                }
                CueTimeline held = block.timeline().between(from, to);
                streams.add(new PredictionStream(predictions, held));
            }
        }
        return streams;
    }
}
