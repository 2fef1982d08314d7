package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** ERD/ERS on a rhythm whose amplitude is known before and after the cue. */
class EventRelatedSpectraTest {

    @Test
    void halvingAn11HzRhythmAtTheCueIsA75PercentDesynchronisation() {
        double rate = 160;
        double cue = 3.0;
        float[] x = new float[(int) (10 * rate)];
        for (int i = 0; i < x.length; i++) {
            double t = i / rate;
            double amplitude = t < cue ? 20 : 10; // µV: power falls to a quarter
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * 11 * t));
        }
        double[] centres = new double[41];
        for (int w = 0; w < centres.length; w++) {
            centres[w] = -1 + w * 0.125;
        }
        double[][] power = EventRelatedSpectra.trialPower(x, rate, cue, centres, (int) rate);
        double[][] percent = EventRelatedSpectra.percentChange(power, centres);
        int bin11 = 11 - 4; // bins from 4 Hz in 1 Hz steps
        for (int w = 0; w < centres.length; w++) {
            if (centres[w] >= 0.5 + 1e-9) { // windows entirely after the cue
                assertEquals(-75, percent[w][bin11], 1e-6, "window centred at " + centres[w] + " s");
            }
            if (centres[w] <= -0.5 + 1e-9) { // entirely before: the reference itself
                assertEquals(0, percent[w][bin11], 1e-6, "window centred at " + centres[w] + " s");
            }
        }
    }

    @Test
    void aTrialTooCloseToTheEdgeIsLeftOut() {
        float[] x = new float[800];
        assertNull(EventRelatedSpectra.trialPower(x, 160, 0.5, new double[] {-1, 0, 1}, 160));
    }
}
