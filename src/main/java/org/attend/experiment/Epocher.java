package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import org.attend.dsp.Preprocessing;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Marker;

/**
 * Cuts the trials of a paradigm from a subject's runs: each run is read, filtered as a whole through a
 * {@link Preprocessing} chain (in the paradigm's band), reduced to the paradigm's channels, then the window
 * {@code [tmin, tmax)} after every cue whose annotation the paradigm maps to a class becomes one trial. Cues
 * whose window runs past the end of the run are dropped. A causal chain gives exactly the samples the live path
 * produces from the same recording ({@link Preprocessing#applyToRun}); the common-average reference is taken
 * over every channel of the run, as live.
 */
public final class Epocher {

    /** MNE's default IIR band-pass ({@code raw.filter(l, h, method='iir')}): zero-phase Butterworth order 4. */
    public static final Preprocessing MNE_IIR = Preprocessing.bandpass(8, 32).withCausal(false);

    private final RunLoader loader;
    private final BandPass bandPass;
    private final Preprocessing chain;

    /** Filters through {@code chain}, its band replaced by each paradigm's. */
    public Epocher(RunLoader loader, Preprocessing chain) {
        this.loader = loader;
        this.bandPass = null;
        this.chain = chain;
    }

    /** Filters the paradigm's channels with {@code bandPass} (e.g. none, for data that is already filtered). */
    public Epocher(RunLoader loader, BandPass bandPass) {
        this.loader = loader;
        this.bandPass = bandPass;
        this.chain = null;
    }

    /**
     * The epocher that cuts a trained model's windows: its contract's preprocessing and the paradigm's cues,
     * with the window of the contract (see {@link #paradigmFor}).
     */
    public static Epocher forContract(RunLoader loader, InputContract contract) {
        return new Epocher(loader, contract.preprocessing());
    }

    /**
     * The paradigm as a trained model needs it: its band and channels, and a window of its length starting at
     * the paradigm's {@code tmin}.
     */
    public static Paradigm paradigmFor(Paradigm paradigm, InputContract contract) {
        return paradigm.withBand(contract.bandLowHz(), contract.bandHighHz())
                .withWindow(paradigm.tminSeconds(), paradigm.tminSeconds() + contract.windowSeconds())
                .withChannels(contract.channels());
    }

    /** An epocher over the same runs that filters through {@code other}. */
    public Epocher withChain(Preprocessing other) {
        return new Epocher(loader, other);
    }

    /** The chain this epocher filters with, for {@code paradigm}; null when it uses a {@link BandPass}. */
    public Preprocessing chainFor(Paradigm paradigm) {
        return chain == null ? null : chain.withBand(paradigm.bandLowHz(), paradigm.bandHighHz());
    }

    /** Every trial of {@code subject} in {@code dataset} for {@code paradigm}. */
    public SubjectEpochs epochs(Dataset dataset, String subject, Paradigm paradigm) throws IOException {
        List<RunRef> refs = dataset.runs(subject, paradigm);
        List<float[][]> trials = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        List<String> channels = null;
        double rate = 0;
        for (RunRef ref : refs) {
            ContinuousRun run = loader.load(ref.file());
            if (channels == null) {
                channels = paradigm.channels().isEmpty() ? run.channels() : paradigm.channels();
                rate = run.sampleRateHz();
            } else if (run.sampleRateHz() != rate) {
                throw new IOException(ref.file() + ": sample rate " + run.sampleRateHz() + " Hz differs from "
                        + rate + " Hz of the subject's first run");
            }
            int before = trials.size();
            cut(run, channels, paradigm, trials, labels);
            for (int i = before; i < trials.size(); i++) {
                sessions.add(ref.session());
                runs.add(ref.run());
            }
        }
        if (trials.isEmpty()) {
            throw new IOException("subject " + subject + " of " + dataset.name() + ": no trials with annotations "
                    + paradigm.events().keySet() + " in " + refs.size() + " runs");
        }
        LabeledEpochs epochs = new LabeledEpochs(trials.toArray(float[][][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), paradigm.classes(), channels, rate);
        return new SubjectEpochs(subject, epochs, sessions.toArray(String[]::new), runs.toArray(String[]::new));
    }

    /** The run's picked channels, filtered: the reference (if any) over all channels, the filters per channel. */
    private float[][] filter(ContinuousRun run, int[] picks, Paradigm paradigm) {
        Preprocessing p = chainFor(paradigm);
        float[][] source = run.data();
        if (p != null && p.commonAverage()) {
            source = p.applyToRun(source, run.sampleRateHz());
        }
        float[][] selected = new float[picks.length][];
        for (int c = 0; c < picks.length; c++) {
            selected[c] = source[picks[c]];
        }
        if (p == null) {
            return bandPass.apply(selected, run.sampleRateHz(), paradigm.bandLowHz(), paradigm.bandHighHz());
        }
        return p.commonAverage() ? selected : p.applyToRun(selected, run.sampleRateHz());
    }

    /** Appends the trials of one run. */
    void cut(ContinuousRun run, List<String> channels, Paradigm paradigm, List<float[][]> trials,
             List<Integer> labels) {
        int[] picks;
        try {
            picks = new ChannelLayout(run.channels()).indicesOf(channels);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(run.source() + ": " + e.getMessage(), e);
        }
        double fs = run.sampleRateHz();
        float[][] filtered = filter(run, picks, paradigm);
        int length = (int) Math.round(paradigm.windowSeconds() * fs);
        List<String> classes = paradigm.classes();
        for (Marker event : run.events()) {
            String cls = paradigm.events().get(event.label());
            if (cls == null) {
                continue;
            }
            int start = (int) Math.round((event.time() + paradigm.tminSeconds()) * fs);
            if (start < 0 || start + length > run.sampleCount()) {
                continue;
            }
            float[][] trial = new float[picks.length][length];
            for (int c = 0; c < picks.length; c++) {
                System.arraycopy(filtered[c], start, trial[c], 0, length);
            }
            trials.add(trial);
            labels.add(classes.indexOf(cls));
        }
    }
}
