package org.attend.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;
import org.attend.stream.Window;

/**
 * The filtered signal of a calibration block, kept whole so that both epochs and a pseudo-online stream of
 * windows can be cut from it: the decoder's channels, a timestamp per sample, the cue timeline and where gaps
 * split the signal (no epoch or window spans one).
 *
 * @param signal       {@code [channel][sample]}, the contract's channels, preprocessed as the contract says
 * @param times        source time of each sample, seconds
 * @param sampleRateHz sample rate
 * @param timeline     the cued trials (labels are class names) and the block's span
 * @param gapStarts    indices of the first sample after each gap
 */
public record CalibrationBlock(float[][] signal, double[] times, double sampleRateHz, CueTimeline timeline,
                               int[] gapStarts) {

    /** Rest epochs are cut this far from the edges of the trials around them. */
    public static final double REST_MARGIN_SECONDS = 0.5;

    public CalibrationBlock {
        for (float[] row : signal) {
            if (row.length != times.length) {
                throw new IllegalArgumentException("calibration signal of " + row.length + " samples but "
                        + times.length + " timestamps");
            }
        }
    }

    /** Samples in the block. */
    public int length() {
        return times.length;
    }

    /**
     * Labelled epochs of {@code windowSamples} whose first sample lies in {@code [from, to)} and whose last lies
     * before {@code to}: one per cue of {@code classes} ({@code offsetSeconds} after it), and, when
     * {@code restClass} is not null, rest epochs every half window inside each rest interval.
     */
    public LabeledEpochs epochs(List<String> channels, List<String> classes, String restClass, double offsetSeconds,
                                int windowSamples, double from, double to) {
        List<String> all = new ArrayList<>(classes);
        if (restClass != null) {
            all.add(restClass);
        }
        List<float[][]> data = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Marker cue : timeline.cues()) {
            int k = classes.indexOf(cue.label());
            int start = indexAt(cue.time() + offsetSeconds);
            if (k >= 0 && fits(start, windowSamples, from, to)) {
                data.add(cut(start, windowSamples));
                labels.add(k);
            }
        }
        if (restClass != null) {
            int step = Math.max(1, windowSamples / 2);
            for (double[] rest : timeline.restIntervals(REST_MARGIN_SECONDS)) {
                for (int start = indexAt(rest[0]); start + windowSamples <= indexAt(rest[1]); start += step) {
                    if (fits(start, windowSamples, from, to)) {
                        data.add(cut(start, windowSamples));
                        labels.add(all.size() - 1);
                    }
                }
            }
        }
        return new LabeledEpochs(data.toArray(float[][][]::new), labels.stream().mapToInt(i -> i).toArray(), all,
                channels, sampleRateHz);
    }

    /** Windows every {@code hopSamples} whose last sample's time lies in {@code [from, to)}, none across a gap. */
    public List<Window> windows(int windowSamples, int hopSamples, double from, double to) {
        List<Window> windows = new ArrayList<>();
        long seq = 0;
        for (int end = windowSamples; end <= length(); end += hopSamples) {
            int start = end - windowSamples;
            double time = times[end - 1];
            if (time >= from && time < to && !spansGap(start, end)) {
                windows.add(new Window(cut(start, windowSamples), time, seq++));
            }
        }
        return windows;
    }

    private boolean fits(int start, int samples, double from, double to) {
        int end = start + samples;
        return start >= 0 && end <= length() && times[start] >= from && times[end - 1] < to && !spansGap(start, end);
    }

    private boolean spansGap(int start, int end) {
        for (int g : gapStarts) {
            if (start < g && g < end) {
                return true;
            }
        }
        return false;
    }

    private float[][] cut(int start, int samples) {
        float[][] out = new float[signal.length][];
        for (int c = 0; c < signal.length; c++) {
            out[c] = Arrays.copyOfRange(signal[c], start, start + samples);
        }
        return out;
    }

    /** Index of the first sample at or after {@code time}. */
    private int indexAt(double time) {
        int i = Arrays.binarySearch(times, time);
        return i >= 0 ? i : -i - 1;
    }
}
