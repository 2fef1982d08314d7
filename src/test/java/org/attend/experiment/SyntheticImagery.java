package org.attend.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attend.stream.Marker;

/**
 * A synthetic motor-imagery dataset for tests: subjects × 3 runs of 8 channels at 100 Hz, a T1 or T2 cue
 * every 4 s; during a T1 trial source 0 has twice the amplitude, during T2 source 1, mixed into the
 * channels by a subject-specific matrix — so CSP and Riemannian decoders separate the classes well.
 */
final class SyntheticImagery implements Dataset {

    static final List<String> CHANNELS = List.of("Fc3", "C3", "Cp3", "Cz", "Fc4", "C4", "Cp4", "Pz");
    static final double RATE = 100;
    static final BandPass IDENTITY = (data, fs, lo, hi) -> data;

    private final int subjects;

    SyntheticImagery(int subjects) {
        this.subjects = subjects;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public List<String> subjects() {
        List<String> ids = new ArrayList<>();
        for (int s = 1; s <= subjects; s++) {
            ids.add(Integer.toString(s));
        }
        return ids;
    }

    @Override
    public List<RunRef> runs(String subject, Paradigm paradigm) {
        return List.of("R04", "R08", "R12").stream()
                .map(r -> new RunRef(subject, "0", r, Path.of(subject + "-" + r))).toList();
    }

    /** Reads the "file" {@code subject-run} by generating it from its name. */
    static ContinuousRun generate(Path file) {
        String name = file.getFileName().toString();
        int subject = Integer.parseInt(name.substring(0, name.indexOf('-')));
        Random random = new Random(name.hashCode());
        Random mixingRandom = new Random(subject);
        int n = CHANNELS.size();
        double[][] mixing = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mixing[i][j] = mixingRandom.nextGaussian() + (i == j ? 2 : 0);
            }
        }
        int trials = 16;
        int samples = (int) (RATE * 4 * (trials + 1));
        List<Marker> events = new ArrayList<>();
        int[] classAt = new int[samples];
        java.util.Arrays.fill(classAt, -1);
        for (int t = 0; t < trials; t++) {
            int cls = (t + subject) % 2;
            double onset = 1 + 4 * t;
            events.add(new Marker(cls == 0 ? "T1" : "T2", onset));
            events.add(new Marker("T0", onset + 3.5));
            for (int i = (int) (onset * RATE); i < (onset + 3.2) * RATE; i++) {
                classAt[i] = cls;
            }
        }
        float[][] data = new float[n][samples];
        double[] source = new double[n];
        for (int t = 0; t < samples; t++) {
            for (int s = 0; s < n; s++) {
                source[s] = random.nextGaussian() * (classAt[t] == s ? 2.0 : 1.0);
            }
            for (int c = 0; c < n; c++) {
                double v = 0;
                for (int s = 0; s < n; s++) {
                    v += mixing[c][s] * source[s];
                }
                data[c][t] = (float) v;
            }
        }
        return new ContinuousRun(name, CHANNELS, RATE, data, events);
    }

    static Epocher epocher() {
        return new Epocher(SyntheticImagery::generate, IDENTITY);
    }
}
