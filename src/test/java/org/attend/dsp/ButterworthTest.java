package org.attend.dsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.attend.dsp.ScipyFixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ButterworthTest {

    static Stream<JsonNode> scipyCases() {
        return StreamSupport.stream(ScipyFixtures.get("butter").spliterator(), false);
    }

    private static Sos design(JsonNode c) {
        int order = c.get("order").asInt();
        double[] f = ScipyFixtures.doubles(c.get("frequenciesHz"));
        double fs = c.get("sampleRateHz").asDouble();
        return switch (c.get("btype").asText()) {
            case "lowpass" -> Butterworth.lowpass(order, f[0], fs);
            case "highpass" -> Butterworth.highpass(order, f[0], fs);
            case "bandpass" -> Butterworth.bandpass(order, f[0], f[1], fs);
            case "bandstop" -> Butterworth.bandstop(order, f[0], f[1], fs);
            default -> throw new IllegalArgumentException(c.toString());
        };
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scipyCases")
    void coefficientsEqualScipyButterSosSectionBySection(JsonNode c) {
        Sos sos = design(c);
        double[][] expected = ScipyFixtures.matrix(c.get("sos"));
        assertEquals(expected.length, sos.sectionCount(), "section count");
        for (int s = 0; s < expected.length; s++) {
            assertClose(expected[s], sos.sections()[s], 1e-10, "section " + s);
        }
        int poles = c.get("btype").asText().startsWith("band") ? 2 * c.get("order").asInt() : c.get("order").asInt();
        assertEquals(poles, sos.order(), "poles");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scipyCases")
    void magnitudeResponseEqualsScipySosfreqz(JsonNode c) {
        double[] response = design(c).magnitudeResponse(ScipyFixtures.doubles(c.get("responseFrequenciesHz")),
                c.get("sampleRateHz").asDouble());
        assertClose(ScipyFixtures.doubles(c.get("magnitude")), response, 1e-9, "|H|");
    }

    @Test
    void bandpassIsMinus3DbAtItsEdgesAndUnityInside() {
        double[] gain = Butterworth.bandpass(4, 8, 30, 250).magnitudeResponse(new double[] {8, 16, 30}, 250);
        assertEquals(Math.sqrt(0.5), gain[0], 1e-12);
        assertEquals(1, gain[1], 1e-3);
        assertEquals(Math.sqrt(0.5), gain[2], 1e-12);
    }

    @Test
    void rejectsCutoffsOutsideZeroToNyquist() {
        var error = assertThrows(IllegalArgumentException.class, () -> Butterworth.lowpass(4, 125, 250));
        assertTrue(error.getMessage().contains("Nyquist"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Butterworth.highpass(4, 0, 250));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandpass(4, 30, 8, 250));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandstop(4, -1, 8, 250));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowpass(4, 10, Double.NaN));
    }

    @Test
    void rejectsOrdersOutsideOneToTwenty() {
        var error = assertThrows(IllegalArgumentException.class, () -> Butterworth.lowpass(0, 10, 250));
        assertTrue(error.getMessage().contains("order"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandpass(21, 8, 30, 250));
    }
}
