package org.attend.realtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.decode.CalibrationBlock;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.stream.Chunk;
import org.attend.stream.CueTimeline;
import org.attend.stream.Marker;

/**
 * Keeps the filtered signal of a calibration block and cuts one epoch per cue, {@code offsetSeconds}
 * after it and as long as the decoder's window, so training sees exactly what online decoding will; or hands the
 * whole block over ({@link #block}) for a self-paced calibration, which also uses the rest between the cues.
 */
public final class CalibrationRecorder {

    private final InputContract contract;
    private final List<String> cueClasses;
    private final int[] channels;
    private final double offsetSeconds;
    private final List<Marker> cues = new ArrayList<>();
    private float[][] data;
    private double[] times = new double[4096];
    private int length;
    /** Indices of the first sample after each gap: no epoch may span one. */
    private final List<Integer> gaps = new ArrayList<>();

    /**
     * @param contract      the decoder's contract (channels, window length)
     * @param cueClasses    the classes whose cues are trials (the contract's, or its command classes when it
     *                      predicts rest from the time between cues)
     * @param channels      indices of the contract's channels in the stream
     * @param offsetSeconds epoch start after the cue
     */
    public CalibrationRecorder(InputContract contract, List<String> cueClasses, int[] channels, double offsetSeconds) {
        this.contract = contract;
        this.cueClasses = List.copyOf(cueClasses);
        this.channels = channels.clone();
        this.offsetSeconds = offsetSeconds;
        this.data = new float[channels.length][times.length];
    }

    public void add(Chunk filtered, List<Marker> markers) {
        for (Marker m : markers) {
            if (cueClasses.contains(m.label())) {
                cues.add(m);
            }
        }
        int n = filtered.sampleCount();
        if (length + n > times.length) {
            int capacity = Math.max(times.length * 2, length + n);
            times = Arrays.copyOf(times, capacity);
            for (int c = 0; c < data.length; c++) {
                data[c] = Arrays.copyOf(data[c], capacity);
            }
        }
        System.arraycopy(filtered.timestamps(), 0, times, length, n);
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(filtered.data()[channels[c]], 0, data[c], length, n);
        }
        length += n;
    }

    /** The stream had a gap before the next sample: epochs across it are never cut. */
    public void gap() {
        gaps.add(length);
    }

    /** Complete epochs recorded so far, per cue class in the order given. */
    public int[] completeTrialsPerClass() {
        int[] counts = new int[cueClasses.size()];
        for (Marker cue : cues) {
            if (startIndex(cue) >= 0) {
                counts[cueClasses.indexOf(cue.label())]++;
            }
        }
        return counts;
    }

    /**
     * The block so far, whole: the contract's channels, every sample's time, the cued trials of
     * {@code trialSeconds} on a timeline from the first sample to the last, and the gaps.
     */
    public CalibrationBlock block(double trialSeconds) {
        float[][] signal = new float[data.length][];
        for (int c = 0; c < data.length; c++) {
            signal[c] = Arrays.copyOf(data[c], length);
        }
        double[] t = Arrays.copyOf(times, length);
        double start = length == 0 ? 0 : t[0];
        double end = length == 0 ? 0 : t[length - 1];
        return new CalibrationBlock(signal, t, contract.sampleRateHz(), new CueTimeline(cues, trialSeconds, start, end),
                gaps.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One epoch per complete trial, labelled by its cue. */
    public LabeledEpochs epochs() {
        int samples = contract.windowSamples();
        List<float[][]> epochs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Marker cue : cues) {
            int start = startIndex(cue);
            if (start < 0) {
                continue;
            }
            float[][] epoch = new float[channels.length][];
            for (int c = 0; c < channels.length; c++) {
                epoch[c] = Arrays.copyOfRange(data[c], start, start + samples);
            }
            epochs.add(epoch);
            labels.add(cueClasses.indexOf(cue.label()));
        }
        return new LabeledEpochs(epochs.toArray(float[][][]::new), labels.stream().mapToInt(i -> i).toArray(),
                cueClasses, contract.channels(), contract.sampleRateHz());
    }

    /** Index of the epoch's first sample, or -1 when the epoch is not (yet) complete. */
    private int startIndex(Marker cue) {
        int start = Arrays.binarySearch(times, 0, length, cue.time() + offsetSeconds);
        if (start < 0) {
            start = -start - 1;
        }
        int end = start + contract.windowSamples();
        for (int g : gaps) {
            if (start < g && g < end) {
                return -1; // the epoch would join samples from both sides of a gap
            }
        }
        return end <= length ? start : -1;
    }
}
