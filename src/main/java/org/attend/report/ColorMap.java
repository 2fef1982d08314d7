package org.attend.report;

import java.awt.Color;

/** Colour scales for maps: a perceptually ordered one for magnitudes, a diverging one for signed changes. */
public enum ColorMap {
    /** Dark blue through green to yellow (anchors of matplotlib's viridis), for non-negative magnitudes. */
    VIRIDIS(new int[] {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C,
        0xFDE725}),
    /** Blue through white to red (anchors of matplotlib's RdBu_r), for signed values centred on zero. */
    BLUE_WHITE_RED(new int[] {0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582,
        0xD6604D, 0xB2182B, 0x67001F});

    private final Color[] anchors;

    ColorMap(int[] rgb) {
        anchors = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            anchors[i] = new Color(rgb[i]);
        }
    }

    /** The colour at {@code fraction} of the scale (clamped to 0..1; NaN is grey). */
    public Color at(double fraction) {
        if (Double.isNaN(fraction)) {
            return Color.GRAY;
        }
        double f = Math.max(0, Math.min(1, fraction)) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) f);
        double t = f - i;
        Color a = anchors[i];
        Color b = anchors[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** The colour of {@code value} on a scale from {@code min} to {@code max}. */
    public Color at(double value, double min, double max) {
        return at(max > min ? (value - min) / (max - min) : 0.5);
    }
}
