package org.attend.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.attend.dsp.ChannelQuality.Verdict;
import org.junit.jupiter.api.Test;

class SignalQualityTest {

    private static final double FS = 160;
    private static final int N = 320;

    private static float[] noise(long seed, double sdMicrovolts) {
        Random random = new Random(seed);
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) (random.nextGaussian() * sdMicrovolts);
        }
        return x;
    }

    private static float[] plusSine(float[] x, double amplitude, double hz) {
        float[] y = x.clone();
        for (int i = 0; i < N; i++) {
            y[i] += (float) (amplitude * Math.sin(2 * Math.PI * hz * i / FS));
        }
        return y;
    }

    @Test
    void eachProblemGetsItsVerdict() {
        float[] good = noise(1, 10);
        float[] flat = new float[N];
        Arrays.fill(flat, 12.5f); // DC offset, no signal
        float[] clipped = plusSine(noise(2, 10), 400, 3);
        for (int i = 0; i < N; i++) {
            clipped[i] = Math.max(-150f, Math.min(150f, clipped[i]));
        }
        float[] blink = noise(3, 10);
        for (int i = 100; i < 140; i++) {
            blink[i] += (float) (600 * Math.sin(Math.PI * (i - 100) / 40.0)); // an electrode pop, movement

        }
        float[] hum = plusSine(noise(4, 5), 40, 50);
        List<ChannelQuality> q = new SignalQuality(FS, 50).assess(new float[][] {good, flat, clipped, blink, hum},
                List.of("C3", "C4", "Cz", "Fp1", "Oz"));
        assertEquals(List.of(Verdict.GOOD, Verdict.FLAT, Verdict.RAILED, Verdict.ARTEFACT, Verdict.LINE_NOISE),
                q.stream().map(ChannelQuality::verdict).toList());
        assertEquals("Oz", q.get(4).label());
        assertTrue(q.get(1).verdict().blocksCommands() && q.get(2).verdict().blocksCommands());
        assertTrue(!q.get(3).verdict().blocksCommands() && !q.get(4).verdict().blocksCommands());
    }

    /**
     * Issue 23: 47–56 of 64 channels of clean PhysioNet EEG (35–100 µV RMS) were shown as artefact; a DC offset
     * or a slow drift is no artefact, a channel far louder than the montage is.
     */
    @Test
    void researchEegDriftAndOffsetAreNoArtefactAChannelFarLouderThanTheOthersIs() throws Exception {
        float[] drift = noise(6, 10);
        float[] offset = noise(7, 10);
        for (int i = 0; i < N; i++) {
            drift[i] += (float) (2000.0 * i / N); // 2 mV of drift in 2 s
            offset[i] += 20_000; // a DC-coupled amplifier's 20 mV offset
        }
        List<ChannelQuality> q = new SignalQuality(FS, 50).assess(new float[][] {drift, offset, noise(8, 10),
            noise(9, 12), noise(10, 80)}, List.of("C3", "C4", "Cz", "Pz", "T7"));
        assertEquals(List.of(Verdict.GOOD, Verdict.GOOD, Verdict.GOOD, Verdict.GOOD, Verdict.ARTEFACT),
                q.stream().map(ChannelQuality::verdict).toList(), "T7 at 8 times the median RMS");
        org.attend.format.RecordedStream eeg = org.attend.format.Recordings.read(java.nio.file.Path.of(
                System.getProperty("attend.home", "."), "recordings/eegmmidb/S001R04.edf")).eegStream().orElseThrow();
        int window = 320;
        int artefacts = 0;
        int windows = 0;
        SignalQuality quality = new SignalQuality(160, 60);
        for (int start = 0; start + window <= eeg.sampleCount(); start += window) {
            float[][] w = new float[64][];
            for (int c = 0; c < 64; c++) {
                w[c] = Arrays.copyOfRange(eeg.samples()[c], start, start + window);
            }
            artefacts += (int) quality.assess(w, eeg.info().channels().labels()).stream()
                    .filter(x -> x.verdict() == Verdict.ARTEFACT).count();
            windows++;
        }
        assertEquals(62, windows);
        assertTrue(artefacts < 0.03 * 64 * windows, artefacts + " of " + 64 * windows + " channel windows");
    }

    @Test
    void amplitudesAndLineRatioMatchTheirDefinitions() {
        // a pure 50 Hz sine of amplitude A: RMS A/sqrt(2), peak-to-peak 2A, nearly all power in the mains band
        float[] sine = plusSine(new float[N], 20, 50);
        ChannelQuality q = new SignalQuality(FS, 50).assess(sine, "C3");
        assertEquals(20 / Math.sqrt(2), q.rmsMicrovolts(), 1e-3);
        assertEquals(40, q.peakToPeakMicrovolts(), 0.05);
        assertTrue(q.lineNoiseRatio() > 100, "ratio " + q.lineNoiseRatio());
        // white noise: the ±1 Hz mains band holds 3 bins (49-51 Hz) against the 40 bins of 1-40 Hz
        double ratio = new SignalQuality(FS, 50).assess(noise(5, 10), "C4").lineNoiseRatio();
        assertEquals(3.0 / 40, ratio, 0.04);
        // mains above Nyquist cannot be judged
        assertTrue(Double.isNaN(new SignalQuality(FS, 0).assess(sine, "C3").lineNoiseRatio()));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SignalQuality(160, 55));
        assertThrows(IllegalArgumentException.class, () -> new SignalQuality(0, 50));
        assertThrows(IllegalArgumentException.class,
                () -> new SignalQuality(FS, 50).assess(new float[][] {new float[N]}, List.of("a", "b")));
    }
}
