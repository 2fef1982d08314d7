package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BandPowerTest {

    @Test
    void equalsScipyTrapezoidOverTheBinsInsideTheBand() {
        for (JsonNode c : ScipyFixtures.get("welch")) {
            Psd psd = new Psd(ScipyFixtures.doubles(c.get("frequenciesHz")), ScipyFixtures.doubles(c.get("density")));
            for (JsonNode band : c.get("bandPower")) {
                double expected = band.get("power").asDouble();
                assertEquals(expected, BandPower.of(psd, band.get("lowHz").asDouble(), band.get("highHz").asDouble()),
                        1e-12 * expected, band.toString());
            }
        }
    }

    @Test
    void relativeIsTheRatioOfTwoBands() {
        Psd psd = new Psd(new double[] {0, 1, 2, 3, 4}, new double[] {0, 2, 2, 4, 0});
        assertEquals(2.0, BandPower.of(psd, 1, 2), 0);
        assertEquals(2.0 / 8.0, BandPower.relative(psd, 1, 2, 0, 4), 1e-15);
    }

    @Test
    void rejectsBandsWithFewerThanTwoBins() {
        Psd psd = new Psd(new double[] {0, 1, 2}, new double[] {1, 1, 1});
        assertThrows(IllegalArgumentException.class, () -> BandPower.of(psd, 0.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> BandPower.of(psd, 2, 1));
    }
}
