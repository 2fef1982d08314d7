package org.attend.source;

/**
 * One electrode of a headset.
 *
 * @param label 10-20/10-10 name
 * @param x     metres, towards the right ear (MNE head frame)
 * @param y     metres, towards the nasion
 * @param z     metres, upwards
 */
public record Electrode(String label, double x, double y, double z) {

    /** Straight-line distance to another electrode, metres. */
    public double distanceTo(double ox, double oy, double oz) {
        double dx = x - ox;
        double dy = y - oy;
        double dz = z - oz;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
