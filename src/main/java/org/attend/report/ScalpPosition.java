package org.attend.report;

/**
 * Where an electrode lies on a flat scalp map: the head circle has radius 1, x points to the right ear, y to
 * the nose. Electrodes below the head's equator (z &lt; 0) fall just outside the circle, as in MNE's plots.
 *
 * @param label electrode label
 * @param x     rightwards, head radii
 * @param y     forwards, head radii
 */
public record ScalpPosition(String label, double x, double y) {

    /**
     * Projects a position of the MNE head frame (metres; x right, y nose, z up) azimuthally and equidistantly:
     * the angle from the vertex becomes the distance from the map's centre, 90° landing on the head circle.
     */
    public static ScalpPosition fromHeadFrame(String label, double xMetres, double yMetres, double zMetres) {
        double r = Math.sqrt(xMetres * xMetres + yMetres * yMetres + zMetres * zMetres);
        if (!(r > 0)) {
            return new ScalpPosition(label, 0, 0);
        }
        double fromVertex = Math.acos(Math.max(-1, Math.min(1, zMetres / r)));
        double azimuth = Math.atan2(yMetres, xMetres);
        double radius = fromVertex / (Math.PI / 2);
        return new ScalpPosition(label, radius * Math.cos(azimuth), radius * Math.sin(azimuth));
    }
}
