package org.attend.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attend.decode.LabeledEpochs;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Marker;

/**
 * Cuts the trials of a paradigm from a subject's runs: each run is read, reduced to the paradigm's channels,
 * band-passed as a whole (zero phase), then the window {@code [tmin, tmax)} after every cue whose annotation
 * the paradigm maps to a class becomes one trial. Cues whose window runs past the end of the run are dropped.
 */
public final class Epocher {

    private final RunLoader loader;
    private final BandPass bandPass;

    public Epocher(RunLoader loader, BandPass bandPass) {
        this.loader = loader;
        this.bandPass = bandPass;
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

    /** Appends the trials of one run. */
    void cut(ContinuousRun run, List<String> channels, Paradigm paradigm, List<float[][]> trials,
             List<Integer> labels) {
        int[] picks;
        try {
            picks = new ChannelLayout(run.channels()).indicesOf(channels);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(run.source() + ": " + e.getMessage(), e);
        }
        float[][] selected = new float[picks.length][];
        for (int c = 0; c < picks.length; c++) {
            selected[c] = run.data()[picks[c]];
        }
        double fs = run.sampleRateHz();
        float[][] filtered = bandPass.apply(selected, fs, paradigm.bandLowHz(), paradigm.bandHighHz());
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
