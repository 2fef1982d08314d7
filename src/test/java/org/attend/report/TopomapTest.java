package org.attend.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The flat projection and the interpolation of the shared scalp map. */
class TopomapTest {

    @Test
    void projectionPutsTheVertexInTheMiddleAndTheEquatorOnTheCircle() {
        // MNE standard_1005 positions (metres) of Cz, T7 and Fpz-ish geometry
        ScalpPosition cz = ScalpPosition.fromHeadFrame("Cz", 0, 0, 0.1);
        assertEquals(0, cz.x(), 1e-12);
        assertEquals(0, cz.y(), 1e-12);
        ScalpPosition left = ScalpPosition.fromHeadFrame("T7", -0.08, 0, 0);
        assertEquals(-1, left.x(), 1e-12);
        assertEquals(0, left.y(), 1e-12);
        ScalpPosition front45 = ScalpPosition.fromHeadFrame("F", 0, 0.05, 0.05);
        assertEquals(0.5, front45.y(), 1e-12, "45° from the vertex is half the head radius, towards the nose");
    }

    @Test
    void interpolationIsExactAtElectrodesAndAWeightedMeanBetween() {
        Topomap map = new Topomap(List.of(new ScalpPosition("a", -0.2, 0), new ScalpPosition("b", 0.2, 0)));
        double[] values = {1, 3};
        assertEquals(1, map.valueAt(-0.2, 0, values), 1e-12);
        assertEquals(3, map.valueAt(0.2, 0, values), 1e-12);
        assertEquals(2, map.valueAt(0, 0, values), 1e-12, "midway: equal weights");
        // at x = 0.1: distances 0.3 and 0.1, weights 1/0.09 and 1/0.01
        assertEquals((1 / 0.09 + 3 / 0.01) / (1 / 0.09 + 1 / 0.01), map.valueAt(0.1, 0, values), 1e-9);
        assertTrue(Double.isNaN(map.valueAt(0, 0.9, values)), "beyond 1.5 electrode spacings: left blank");
    }

    @Test
    void colourScalesEndOnTheirAnchors() {
        assertEquals(0x440154, ColorMap.VIRIDIS.at(0).getRGB() & 0xFFFFFF);
        assertEquals(0xFDE725, ColorMap.VIRIDIS.at(1).getRGB() & 0xFFFFFF);
        assertEquals(0xF7F7F7, ColorMap.BLUE_WHITE_RED.at(0, -5, 5).getRGB() & 0xFFFFFF, "zero is white");
    }
}
