package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.attend.dsp.Psd;
import org.attend.dsp.Welch;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Marker;

/**
 * Event-related desynchronisation and synchronisation (ERD/ERS, Pfurtscheller and Lopes da Silva 1999): how the
 * power at each frequency changes around the cue, in percent of the power before it. Negative values (ERD) over
 * the motor cortex opposite the imagined hand are what motor-imagery decoders feed on.
 *
 * <p>Power is a Hann-windowed periodogram of 1 s windows stepped by 1/8 s over the raw signal (mean removed in
 * each window), from 1 s before to 4 s after each cue (window centres); the reference is the mean power of the
 * windows centred 1 to 0.5 s before the cue (they see only pre-cue signal). Each subject's change is computed on
 * that subject's trials; the map is the mean over subjects.
 */
public final class EventRelatedSpectra {

    /** Window centres, seconds relative to the cue. */
    static final double FIRST_CENTRE_SECONDS = -1.0;
    static final double LAST_CENTRE_SECONDS = 4.0;
    static final double STEP_SECONDS = 0.125;
    static final double WINDOW_SECONDS = 1.0;
    /** Reference windows: centres in this range (the windows end at or before the cue). */
    static final double REFERENCE_FROM_SECONDS = -1.0;
    static final double REFERENCE_TO_SECONDS = -0.5;
    static final double LOW_HZ = 4;
    static final double HIGH_HZ = 40;

    private EventRelatedSpectra() {
    }

    /**
     * A time–frequency map of percent power change.
     *
     * @param channel       channel label
     * @param className     class of the trials
     * @param timesSeconds  window centres relative to the cue
     * @param frequenciesHz frequency bins
     * @param percent       power change {@code [time][frequency]}, percent of the pre-cue reference
     * @param subjects      subjects averaged
     * @param trials        trials over all of them
     */
    public record Map2D(String channel, String className, double[] timesSeconds, double[] frequenciesHz,
                        double[][] percent, int subjects, int trials) {
    }

    /**
     * The ERD/ERS maps of {@code channels} (those the recordings have) for each class of the paradigm.
     *
     * @throws IOException naming a recording that cannot be read
     */
    public static List<Map2D> of(Dataset dataset, Paradigm paradigm, List<String> subjects, RunLoader loader,
                                 List<String> channels) throws IOException {
        List<String> classes = paradigm.classes();
        int centres = (int) Math.round((LAST_CENTRE_SECONDS - FIRST_CENTRE_SECONDS) / STEP_SECONDS) + 1;
        double[] times = new double[centres];
        for (int w = 0; w < centres; w++) {
            times[w] = FIRST_CENTRE_SECONDS + w * STEP_SECONDS;
        }
        List<Map2D> maps = new ArrayList<>();
        double[] frequencies = null;
        // [channel][class] sums over subjects of each subject's percent map
        double[][][][] sums = new double[channels.size()][classes.size()][][];
        int[][] subjectCounts = new int[channels.size()][classes.size()];
        int[][] trialCounts = new int[channels.size()][classes.size()];
        for (String subject : subjects) {
            double[][][][] power = new double[channels.size()][classes.size()][][];
            int[][] trials = new int[channels.size()][classes.size()];
            for (RunRef ref : dataset.runs(subject, paradigm)) {
                ContinuousRun run = loader.load(ref.file());
                ChannelLayout layout = new ChannelLayout(run.channels());
                int window = (int) Math.round(WINDOW_SECONDS * run.sampleRateHz());
                for (int ch = 0; ch < channels.size(); ch++) {
                    int c = layout.indexOf(channels.get(ch));
                    if (c < 0) {
                        continue;
                    }
                    for (Marker event : run.events()) {
                        String className = paradigm.events().get(event.label());
                        if (className == null) {
                            continue;
                        }
                        int k = classes.indexOf(className);
                        double[][] trial = trialPower(run.data()[c], run.sampleRateHz(), event.time(), times, window);
                        if (trial == null) {
                            continue;
                        }
                        if (frequencies == null) {
                            frequencies = bins(run.sampleRateHz(), window);
                        }
                        power[ch][k] = add(power[ch][k], trial);
                        trials[ch][k]++;
                    }
                }
            }
            for (int ch = 0; ch < channels.size(); ch++) {
                for (int k = 0; k < classes.size(); k++) {
                    if (trials[ch][k] == 0) {
                        continue;
                    }
                    sums[ch][k] = add(sums[ch][k], percentChange(power[ch][k], times));
                    subjectCounts[ch][k]++;
                    trialCounts[ch][k] += trials[ch][k];
                }
            }
        }
        for (int ch = 0; ch < channels.size(); ch++) {
            for (int k = 0; k < classes.size(); k++) {
                if (subjectCounts[ch][k] == 0) {
                    continue;
                }
                double[][] mean = sums[ch][k];
                for (double[] row : mean) {
                    for (int f = 0; f < row.length; f++) {
                        row[f] /= subjectCounts[ch][k];
                    }
                }
                maps.add(new Map2D(channels.get(ch), classes.get(k), times, frequencies, mean, subjectCounts[ch][k],
                        trialCounts[ch][k]));
            }
        }
        return maps;
    }

    /** Periodogram power {@code [window][bin in LOW_HZ..HIGH_HZ]} of one trial, or null if it does not fit. */
    static double[][] trialPower(float[] x, double rateHz, double cueSeconds, double[] centres, int window) {
        double[][] out = new double[centres.length][];
        for (int w = 0; w < centres.length; w++) {
            int start = (int) Math.round((cueSeconds + centres[w]) * rateHz) - window / 2;
            if (start < 0 || start + window > x.length) {
                return null;
            }
            Psd psd = Welch.psd(Arrays.copyOfRange(x, start, start + window), rateHz, window, 0);
            double[] f = psd.frequenciesHz();
            double[] p = psd.density();
            out[w] = IntStream.range(0, f.length).filter(b -> f[b] >= LOW_HZ && f[b] <= HIGH_HZ)
                    .mapToDouble(b -> p[b]).toArray();
        }
        return out;
    }

    private static double[] bins(double rateHz, int window) {
        return IntStream.rangeClosed(0, window / 2).mapToDouble(b -> b * rateHz / window)
                .filter(f -> f >= LOW_HZ && f <= HIGH_HZ).toArray();
    }

    /** {@code 100 · (P(t, f) − R(f)) / R(f)} with R the mean of the reference windows. */
    static double[][] percentChange(double[][] power, double[] centres) {
        int bins = power[0].length;
        double[] reference = new double[bins];
        int n = 0;
        for (int w = 0; w < centres.length; w++) {
            if (centres[w] >= REFERENCE_FROM_SECONDS - 1e-9 && centres[w] <= REFERENCE_TO_SECONDS + 1e-9) {
                for (int f = 0; f < bins; f++) {
                    reference[f] += power[w][f];
                }
                n++;
            }
        }
        double[][] out = new double[power.length][bins];
        for (int w = 0; w < power.length; w++) {
            for (int f = 0; f < bins; f++) {
                double r = reference[f] / n;
                out[w][f] = r > 0 ? 100 * (power[w][f] - r) / r : Double.NaN;
            }
        }
        return out;
    }

    private static double[][] add(double[][] sum, double[][] x) {
        double[][] s = sum == null ? new double[x.length][x[0].length] : sum;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                s[i][j] += x[i][j];
            }
        }
        return s;
    }
}
