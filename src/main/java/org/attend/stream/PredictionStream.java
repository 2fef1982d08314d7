package org.attend.stream;

import java.util.List;

/**
 * A decoder's predictions over a span of signal, window after window, with the cues of that span: what a
 * pseudo-online evaluation scores and what a control policy is fitted on.
 *
 * @param predictions every window's prediction, in time order
 * @param timeline    the cued trials and the span the predictions cover
 */
public record PredictionStream(List<Prediction> predictions, CueTimeline timeline) {

    public PredictionStream {
        predictions = List.copyOf(predictions);
    }
}
