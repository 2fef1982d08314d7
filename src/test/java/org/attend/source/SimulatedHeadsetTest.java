package org.attend.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.dsp.BandPower;
import org.attend.dsp.Psd;
import org.attend.dsp.Welch;
import org.attend.stream.Marker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated headset shows the physiology it claims, measured with Welch PSDs. */
class SimulatedHeadsetTest {

    private static DeviceProfile bci2000;
    private static Recorded session;

    record Recorded(float[][] data, List<Marker> cues, double rate) {
        double[] channel(String label, double fromSeconds, double toSeconds) {
            int c = bci2000.layout().indexOf(label);
            int from = (int) (fromSeconds * rate);
            int to = (int) (toSeconds * rate);
            double[] x = new double[to - from];
            for (int i = 0; i < x.length; i++) {
                x[i] = data[c][from + i];
            }
            return x;
        }
    }

    @BeforeAll
    static void simulate() throws Exception {
        bci2000 = DeviceProfiles.load(Path.of(System.getProperty("attend.home"), "devices")).get("bci2000-64");
        session = record(SimulationSpec.leftRightRest(bci2000, 11), 400);
    }

    static Recorded record(SimulationSpec spec, double seconds) throws Exception {
        try (SimulatedHeadset headset = new SimulatedHeadset(spec)) {
            int channels = spec.profile().channels().size();
            int total = (int) (seconds * spec.profile().sampleRateHz());
            float[][] data = new float[channels][total];
            List<Marker> cues = new ArrayList<>();
            int n = 0;
            while (n < total) {
                SourceRead read = headset.read(Duration.ZERO);
                int take = Math.min(read.chunk().sampleCount(), total - n);
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(read.chunk().data()[c], 0, data[c], n, take);
                }
                n += take;
                cues.addAll(read.markers());
            }
            return new Recorded(data, cues, spec.profile().sampleRateHz());
        }
    }

    private static double meanBandPower(String channel, String cls, double low, double high) {
        double sum = 0;
        int n = 0;
        for (Marker cue : session.cues()) {
            if (cue.label().equals(cls) && cue.time() + 4 < 400) {
                Psd psd = Welch.psd(session.channel(channel, cue.time() + 1, cue.time() + 4), 160, 160, 80);
                sum += BandPower.of(psd, low, high);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void sameSeedGivesSameSamplesAndCues() throws Exception {
        Recorded again = record(SimulationSpec.leftRightRest(bci2000, 11), 20);
        assertArrayEquals(java.util.Arrays.copyOf(session.data()[10], 3200), again.data()[10], 0f);
        assertEquals(session.cues().subList(0, again.cues().size()), again.cues());
        Recorded other = record(SimulationSpec.leftRightRest(bci2000, 12), 20);
        assertTrue(other.data()[10][100] != session.data()[10][100]);
    }

    @Test
    void cuesComeInBalancedShuffledBlocks() {
        List<Marker> cues = session.cues();
        assertTrue(cues.size() >= 55, "about one trial per 6.5 s, got " + cues.size());
        for (int block = 0; block + 3 <= cues.size(); block += 3) {
            List<String> labels = cues.subList(block, block + 3).stream().map(Marker::label).sorted().toList();
            assertEquals(List.of("left", "rest", "right"), labels, "block at " + block);
        }
        for (int i = 1; i < cues.size(); i++) {
            double gap = cues.get(i).time() - cues.get(i - 1).time();
            assertTrue(gap >= 6.0 - 1e-9 && gap <= 7.0 + 1e-9, "4 s imagery + 2-3 s rest, got " + gap);
        }
    }

    @Test
    void imaginedHandDesynchronisesMuOverTheOppositeHemisphere() {
        double c4Left = meanBandPower("C4", "left", 8, 13);
        double c4Rest = meanBandPower("C4", "rest", 8, 13);
        double c3Right = meanBandPower("C3", "right", 8, 13);
        double c3Rest = meanBandPower("C3", "rest", 8, 13);
        double c3Left = meanBandPower("C3", "left", 8, 13);
        // 50 % mean amplitude loss -> about a quarter of the mu power remains (plus background)
        assertTrue(c4Left / c4Rest < 0.6, "C4 mu ERD during left imagery: ratio " + c4Left / c4Rest);
        assertTrue(c3Right / c3Rest < 0.6, "C3 mu ERD during right imagery: ratio " + c3Right / c3Rest);
        double lateralisation = (c3Left / c3Rest) / (c4Left / c4Rest);
        assertTrue(lateralisation > 1.5, "ERD is contralateral: C3 keeps more mu than C4 in left trials, "
                + lateralisation);
        double betaRatio = meanBandPower("C4", "left", 18, 26) / meanBandPower("C4", "rest", 18, 26);
        assertTrue(betaRatio < 0.75, "C4 beta ERD: ratio " + betaRatio);
    }

    @Test
    void spectrumHasAlphaPosteriorlyMainsHumAndOneOverFBackground() {
        Psd oz = Welch.psd(session.channel("Oz", 10, 300), 160, 320, 160);
        Psd fcz = Welch.psd(session.channel("Fcz", 10, 300), 160, 320, 160);
        double alphaOz = BandPower.of(oz, 8, 12);
        double alphaFcz = BandPower.of(fcz, 8, 12);
        assertTrue(alphaOz > 3 * alphaFcz, "alpha is posterior: Oz " + alphaOz + " vs FCz " + alphaFcz);
        // mains: a narrow peak at 50 Hz well above its neighbours
        double mains = BandPower.of(oz, 49.5, 50.5);
        double beside = BandPower.of(oz, 44, 45);
        assertTrue(mains > 5 * beside, "50 Hz line noise: " + mains + " vs " + beside);
        // 1/f: 2-4 Hz carries more power than 30-32 Hz
        assertTrue(BandPower.of(fcz, 2, 4) > 2 * BandPower.of(fcz, 30, 32), "1/f background");
    }

    @Test
    void blinksDominateFrontalPoleChannels() {
        double fp1 = peak(session.channel("Fp1", 0, 400));
        assertTrue(fp1 > 80, "blinks of ~120 uV on Fp1, peak " + fp1);
        // blinks are slow (0.35 s): their power sits below 3 Hz, strong at the frontal pole, faint at the back
        double frontal = BandPower.of(Welch.psd(session.channel("Fp1", 0, 400), 160, 640, 320), 0.5, 3);
        double posterior = BandPower.of(Welch.psd(session.channel("Oz", 0, 400), 160, 640, 320), 0.5, 3);
        assertTrue(frontal > 5 * posterior, "blink power Fp1 " + frontal + " vs Oz " + posterior);
    }

    private static double peak(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
