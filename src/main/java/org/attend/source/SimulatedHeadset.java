package org.attend.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * A headset with ground truth. Each electrode sees 1/f background noise, posterior alpha, sensorimotor mu
 * (8–13 Hz) and beta (18–26 Hz) rhythms from sources over the left and right hand areas, mains hum and eye
 * blinks on frontal sites; all cortical sources reach electrodes through a Gaussian volume-conduction
 * kernel over the profile's electrode positions. When the subject imagines a hand movement, mu and beta over
 * the opposite hemisphere desynchronise (ERD), more in some trials than in others. Cues are emitted as markers: the ground truth.
 *
 * <p>It generates samples as fast as they are read ({@link #isLive()} is false); wrap it in a
 * {@link PacedSource} to deliver them at the headset's real rate.
 */
public final class SimulatedHeadset implements Source {

    // Source locations in the MNE head frame (metres), near C3, C4, Oz and the eyes.
    private static final double[] LEFT_HAND_AREA = {-0.065, -0.012, 0.064};
    private static final double[] RIGHT_HAND_AREA = {0.065, -0.012, 0.064};
    private static final double[] VISUAL_AREA = {0.0, -0.100, 0.030};
    private static final double[] EYES = {0.0, 0.100, -0.030};
    private static final double SPREAD_METRES = 0.035;
    private static final double BLINK_SPREAD_METRES = 0.045;
    private static final double BLINKS_PER_SECOND = 0.2;
    private static final double BLINK_SECONDS = 0.35;
    private static final double BLINK_MICROVOLTS = 120;
    private static final double ERD_ONSET_SECONDS = 0.5;
    private static final double ERD_RAMP_SECONDS = 0.5;
    /** Trial-to-trial spread of ERD depth: subjects do not imagine equally well every time. */
    private static final double ERD_DEPTH_SD = 0.2;

    private final SimulationSpec spec;
    private final StreamInfo info;
    private final double rate;
    private final int chunkSamples;
    private final SplittableRandom random;
    private final CueSchedule cues;
    private final PinkNoise[] background;
    private final double[] linePhase;
    private final double[] lineAmplitude;
    private final Resonator alpha;
    private final Resonator[] mu = new Resonator[2];
    private final Resonator[] beta = new Resonator[2];
    private final double[][] hemisphereWeight; // [left, right][channel]
    private final double[] visualWeight;
    private final double[] blinkWeight;
    private long sample;
    private double trialDepth;
    private double blinkStart = Double.NEGATIVE_INFINITY;
    private double nextBlink;
    private boolean closed;

    public SimulatedHeadset(SimulationSpec spec) {
        this.spec = spec;
        DeviceProfile profile = spec.profile();
        this.info = profile.streamInfo("Attend simulated " + profile.name(), "sim-" + profile.name() + "-" + spec.seed());
        this.rate = profile.sampleRateHz();
        this.chunkSamples = Math.max(1, (int) Math.round(spec.chunkSeconds() * rate));
        this.random = new SplittableRandom(spec.seed());
        this.cues = new CueSchedule(spec.classes(), 3.0, spec.imagerySeconds(), spec.restMinSeconds(),
                spec.restMaxSeconds(), random.split());
        int n = profile.channels().size();
        background = new PinkNoise[n];
        linePhase = new double[n];
        lineAmplitude = new double[n];
        for (int c = 0; c < n; c++) {
            background[c] = new PinkNoise(6.0 + 2.0 * random.nextDouble());
            linePhase[c] = 2 * Math.PI * random.nextDouble();
            lineAmplitude[c] = spec.mainsHz() > 0 && spec.mainsHz() < rate / 2 ? 2.0 + 2.0 * random.nextDouble() : 0;
        }
        // a subject's own alpha and mu peak frequencies
        alpha = new Resonator(9.5 + random.nextDouble() * 2, 1.5, 15, rate);
        double muHz = 9.5 + random.nextDouble() * 2.5;
        double betaHz = 19 + random.nextDouble() * 5;
        for (int h = 0; h < 2; h++) {
            mu[h] = new Resonator(muHz, 2.0, 12, rate);
            beta[h] = new Resonator(betaHz, 4.0, 5, rate);
        }
        hemisphereWeight = new double[][] {weights(profile, LEFT_HAND_AREA, SPREAD_METRES),
            weights(profile, RIGHT_HAND_AREA, SPREAD_METRES)};
        visualWeight = weights(profile, VISUAL_AREA, SPREAD_METRES * 1.5);
        blinkWeight = weights(profile, EYES, BLINK_SPREAD_METRES);
        nextBlink = exponential(BLINKS_PER_SECOND);
    }

    private static double[] weights(DeviceProfile profile, double[] at, double spread) {
        double[] w = new double[profile.channels().size()];
        for (int c = 0; c < w.length; c++) {
            double d = profile.channels().get(c).distanceTo(at[0], at[1], at[2]);
            w[c] = Math.exp(-d * d / (2 * spread * spread));
        }
        return w;
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    public SimulationSpec spec() {
        return spec;
    }

    @Override
    public SourceRead read(Duration timeout) {
        if (closed) {
            return SourceRead.end();
        }
        int channels = background.length;
        float[][] data = new float[channels][chunkSamples];
        double[] times = new double[chunkSamples];
        List<Marker> markers = new ArrayList<>(cues.cuesUpTo((sample + chunkSamples - 1) / rate));
        if (!markers.isEmpty()) {
            trialDepth = Math.max(0, Math.min(0.95, spec.erdDepth() + ERD_DEPTH_SD * Resonator.gaussian(random)));
        }
        for (int i = 0; i < chunkSamples; i++, sample++) {
            double t = sample / rate;
            times[i] = t;
            double[] hemisphereGain = erdGains(t);
            double a = alpha.next(random) * (0.75 + 0.25 * Math.sin(2 * Math.PI * 0.05 * t));
            double[] rhythm = new double[2];
            for (int h = 0; h < 2; h++) {
                rhythm[h] = hemisphereGain[h] * (mu[h].next(random) + beta[h].next(random));
            }
            double blink = blink(t);
            double line = 2 * Math.PI * spec.mainsHz() * t;
            for (int c = 0; c < channels; c++) {
                double v = background[c].next(random)
                        + hemisphereWeight[0][c] * rhythm[0] + hemisphereWeight[1][c] * rhythm[1]
                        + visualWeight[c] * a
                        + blinkWeight[c] * blink
                        + lineAmplitude[c] * Math.sin(line + linePhase[c]);
                data[c][i] = (float) v;
            }
        }
        return SourceRead.of(new Chunk(data, times), markers);
    }

    /** Gain of the [left, right] hemisphere's mu/beta at time t: reduced opposite the imagined hand. */
    private double[] erdGains(double t) {
        double[] gain = {1, 1};
        Marker trial = cues.activeAt(t);
        if (trial == null || trial.label().equals("rest")) {
            return gain;
        }
        double since = t - trial.time() - ERD_ONSET_SECONDS;
        double until = trial.time() + spec.imagerySeconds() - t;
        double ramp = Math.max(0, Math.min(1, Math.min(since, until) / ERD_RAMP_SECONDS));
        int contralateral = trial.label().equals("left") ? 1 : 0;
        gain[contralateral] = 1 - trialDepth * ramp;
        return gain;
    }

    private double blink(double t) {
        if (t >= nextBlink) {
            blinkStart = nextBlink;
            nextBlink = t + BLINK_SECONDS + exponential(BLINKS_PER_SECOND);
        }
        double s = (t - blinkStart) / BLINK_SECONDS;
        if (s < 0 || s > 1) {
            return 0;
        }
        double bump = Math.sin(Math.PI * s);
        return BLINK_MICROVOLTS * bump * bump;
    }

    private double exponential(double perSecond) {
        return -Math.log(1 - random.nextDouble()) / perSecond;
    }

    @Override
    public boolean isLive() {
        return false;
    }

    @Override
    public void close() {
        closed = true;
    }
}
