package org.attend.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;

/**
 * A scalp map drawn with Java2D: the head outline (nose, ears), values interpolated over the electrode
 * positions, and the electrodes themselves. One implementation serves the live dashboard and the reports.
 *
 * <p>Interpolation is inverse-distance weighting (power 2) in the flat map, which stays within the range of
 * the electrode values (no overshoot) and is exact at each electrode; MNE's default cubic interpolation looks
 * smoother but needs a triangulation. The map covers the head circle and the electrodes just outside it, but
 * only where an electrode lies within 1.5 median electrode spacings: a montage over part of the head (the
 * sensorimotor strip) is not extrapolated over all of it.
 */
public final class Topomap {

    private static final int MAX_GRID_PIXELS = 220;

    private final List<ScalpPosition> sensors;
    private final double extent;
    private final double reach;

    /** A map over these electrodes (at least one). */
    public Topomap(List<ScalpPosition> sensors) {
        if (sensors.isEmpty()) {
            throw new IllegalArgumentException("a scalp map needs at least one electrode position");
        }
        this.sensors = List.copyOf(sensors);
        double r = 1;
        for (ScalpPosition s : sensors) {
            r = Math.max(r, Math.hypot(s.x(), s.y()));
        }
        this.extent = r * 1.04;
        this.reach = 1.5 * medianSpacing(this.sensors);
    }

    /** Median distance from an electrode to its nearest neighbour (the head radius for a single one). */
    private static double medianSpacing(List<ScalpPosition> sensors) {
        if (sensors.size() < 2) {
            return 1;
        }
        double[] nearest = new double[sensors.size()];
        for (int i = 0; i < nearest.length; i++) {
            nearest[i] = Double.POSITIVE_INFINITY;
            for (int j = 0; j < nearest.length; j++) {
                if (i != j) {
                    nearest[i] = Math.min(nearest[i], Math.hypot(sensors.get(i).x() - sensors.get(j).x(),
                            sensors.get(i).y() - sensors.get(j).y()));
                }
            }
        }
        Arrays.sort(nearest);
        return Math.max(nearest[nearest.length / 2], 1e-3);
    }

    public List<ScalpPosition> sensors() {
        return sensors;
    }

    /**
     * The interpolated value at a point of the map (head radii): inverse-distance weighted mean of the
     * electrodes' values, NaN values left out; the electrode's own value at an electrode; NaN beyond the
     * reach of every electrode.
     */
    public double valueAt(double x, double y, double[] values) {
        double weighted = 0;
        double weights = 0;
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sensors.size(); i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            double dx = x - sensors.get(i).x();
            double dy = y - sensors.get(i).y();
            double d2 = dx * dx + dy * dy;
            closest = Math.min(closest, d2);
            if (d2 < 1e-12) {
                return values[i];
            }
            double w = 1 / d2; // distance to the power IDW_POWER = 2
            weighted += w * values[i];
            weights += w;
        }
        return weights > 0 && closest <= reach * reach ? weighted / weights : Double.NaN;
    }

    /** Head radius in pixels and centre for a square fitted in {@code area}, leaving room for nose and ears. */
    private double[] frame(Rectangle2D area) {
        double side = Math.min(area.getWidth(), area.getHeight());
        double radius = side / 2 / (extent * 1.12);
        return new double[] {area.getCenterX(), area.getCenterY() + radius * 0.04, radius};
    }

    /** Fills the map with {@code values} (one per electrode) interpolated and coloured on {@code min..max}. */
    public void drawInterpolated(Graphics2D g, Rectangle2D area, double[] values, double min, double max,
                                 ColorMap colors) {
        if (values.length != sensors.size()) {
            throw new IllegalArgumentException(values.length + " values for " + sensors.size() + " electrodes");
        }
        double[] f = frame(area);
        double cover = extent * f[2];
        int pixels = (int) Math.max(8, Math.min(MAX_GRID_PIXELS, Math.round(2 * cover)));
        BufferedImage grid = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        for (int py = 0; py < pixels; py++) {
            double y = extent * (1 - 2.0 * (py + 0.5) / pixels);
            for (int px = 0; px < pixels; px++) {
                double x = extent * (2.0 * (px + 0.5) / pixels - 1);
                if (x * x + y * y > extent * extent) {
                    continue;
                }
                double v = valueAt(x, y, values);
                if (!Double.isNaN(v)) {
                    grid.setRGB(px, py, colors.at(v, min, max).getRGB());
                }
            }
        }
        Shape clip = g.getClip();
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.clip(new Ellipse2D.Double(f[0] - cover, f[1] - cover, 2 * cover, 2 * cover));
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grid, (int) Math.round(f[0] - cover), (int) Math.round(f[1] - cover),
                (int) Math.round(2 * cover), (int) Math.round(2 * cover), null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
        g.setClip(clip);
    }

    /** The head outline: circle, nose at the top, ears at the sides. */
    public void drawHead(Graphics2D g, Rectangle2D area) {
        double[] f = frame(area);
        double cx = f[0];
        double cy = f[1];
        double r = f[2];
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke((float) Math.max(1.5, r / 60)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        Path2D nose = new Path2D.Double();
        nose.moveTo(cx - 0.1 * r, cy - 0.995 * r);
        nose.lineTo(cx, cy - 1.1 * r);
        nose.lineTo(cx + 0.1 * r, cy - 0.995 * r);
        g.draw(nose);
        for (int side = -1; side <= 1; side += 2) {
            g.draw(new Ellipse2D.Double(cx + side * 1.0 * r - 0.05 * r, cy - 0.16 * r, 0.1 * r, 0.32 * r));
        }
    }

    /**
     * Draws each electrode as a dot filled with {@code fill[i]} (black when null), with its label when
     * {@code labels} is true.
     */
    public void drawSensors(Graphics2D g, Rectangle2D area, Color[] fill, boolean labels, float fontSize) {
        double[] f = frame(area);
        double spacing = reach / 1.5 * f[2];
        double dot = Math.max(4, Math.min(Math.min(f[2] / 9, spacing * 0.8), labels ? 26 : 10));
        // labels shrink with the electrode spacing so that neighbours' names do not run into each other
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.min(fontSize, spacing / 2.4)));
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < sensors.size(); i++) {
            ScalpPosition s = sensors.get(i);
            double px = f[0] + s.x() * f[2];
            double py = f[1] - s.y() * f[2];
            Color c = fill == null || fill[i] == null ? Color.BLACK : fill[i];
            Ellipse2D e = new Ellipse2D.Double(px - dot / 2, py - dot / 2, dot, dot);
            g.setColor(c);
            g.fill(e);
            if (fill != null && fill[i] != null) {
                g.setColor(Color.DARK_GRAY);
                g.draw(e);
            }
            if (labels) {
                String text = s.label();
                g.setColor(c.getRed() * 0.3 + c.getGreen() * 0.59 + c.getBlue() * 0.11 < 140 ? Color.WHITE
                        : Color.BLACK);
                g.drawString(text, (float) (px - metrics.stringWidth(text) / 2.0),
                        (float) (py + metrics.getAscent() / 2.0 - 1));
            }
        }
    }

    /** A vertical colour bar from {@code min} (bottom) to {@code max} (top), with both ends and the label. */
    public static void drawColorBar(Graphics2D g, Rectangle2D area, ColorMap colors, double min, double max,
                                    String label, float fontSize) {
        int steps = Math.max(2, (int) area.getHeight());
        for (int i = 0; i < steps; i++) {
            g.setColor(colors.at(1 - (double) i / (steps - 1)));
            g.fill(new Rectangle2D.Double(area.getX(), area.getY() + area.getHeight() * i / steps, area.getWidth(),
                    area.getHeight() / steps + 1));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(area);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fontSize)));
        FontMetrics m = g.getFontMetrics();
        float x = (float) (area.getMaxX() + 4);
        g.drawString(number(max), x, (float) (area.getY() + m.getAscent()));
        g.drawString(number(min), x, (float) area.getMaxY());
        if (label != null) {
            g.drawString(label, (float) area.getX(), (float) (area.getY() - 4));
        }
    }

    /** A number short enough for a colour bar end. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 10000)) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        return String.format(Locale.ROOT, a < 10 ? "%.3f" : "%.1f", v);
    }
}
