package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.attend.dsp.ScipyFixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotchTest {

    @Test
    void equalsScipyIirnotch() {
        for (JsonNode c : ScipyFixtures.get("iirnotch")) {
            Sos sos = Notch.design(c.get("frequencyHz").asDouble(), c.get("quality").asDouble(),
                    c.get("sampleRateHz").asDouble());
            assertEquals(1, sos.sectionCount());
            assertClose(ScipyFixtures.doubles(c.get("sos").get(0)), sos.sections()[0], 1e-12, c.toString());
        }
    }

    @Test
    void removesItsFrequencyAndPassesOthers() {
        double[] gain = Notch.design(50, 30, 250).magnitudeResponse(new double[] {50, 10, 100}, 250);
        assertEquals(0, gain[0], 1e-12);
        assertEquals(1, gain[1], 1e-3);
        assertEquals(1, gain[2], 1e-2);
    }

    @Test
    void rejectsFrequencyAtOrAboveNyquistAndNonPositiveQuality() {
        assertThrows(IllegalArgumentException.class, () -> Notch.design(80, 30, 160));
        assertThrows(IllegalArgumentException.class, () -> Notch.design(50, 0, 250));
    }
}
