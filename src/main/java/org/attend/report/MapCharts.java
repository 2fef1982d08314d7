package org.attend.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;

/** The report's scalp maps and time–frequency maps, drawn with {@link Topomap} and JFreeChart into PNGs. */
final class MapCharts {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private MapCharts() {
    }

    /**
     * One scalp map per class on a shared colour scale, and for two classes their difference (second minus
     * first) on a scale centred on zero.
     */
    static void classTopomaps(Path png, ReportData.ClassTopomap t) throws IOException {
        int classes = t.classes().size();
        boolean difference = classes == 2;
        int cell = 330;
        int width = (classes + (difference ? 1 : 0)) * (cell + 70) + 20;
        int height = cell + 80;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(image);
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString("class-average attention: " + t.decoder(), 12, 24);
        Topomap map = new Topomap(t.positions());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : t.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        int x = 10;
        for (int k = 0; k < classes; k++) {
            scalp(g, map, new Rectangle(x, 50, cell, cell), t.values()[k], min, max, ColorMap.VIRIDIS,
                    t.classes().get(k));
            x += cell + 10;
            if (k == classes - 1) {
                Topomap.drawColorBar(g, new Rectangle(x, 90, 14, cell - 80), ColorMap.VIRIDIS, min, max, "weight",
                        12f);
            }
            x += 60;
        }
        if (difference) {
            double[] diff = new double[t.positions().size()];
            double limit = 0;
            for (int i = 0; i < diff.length; i++) {
                diff[i] = t.values()[1][i] - t.values()[0][i];
                limit = Math.max(limit, Math.abs(diff[i]));
            }
            limit = limit > 0 ? limit : 1;
            scalp(g, map, new Rectangle(x, 50, cell, cell), diff, -limit, limit, ColorMap.BLUE_WHITE_RED,
                    t.classes().get(1) + " − " + t.classes().get(0));
            Topomap.drawColorBar(g, new Rectangle(x + cell + 10, 90, 14, cell - 80), ColorMap.BLUE_WHITE_RED, -limit,
                    limit, "difference", 12f);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void scalp(Graphics2D g, Topomap map, Rectangle r, double[] values, double min, double max,
                              ColorMap colors, String name) {
        map.drawInterpolated(g, r, values, min, max, colors);
        map.drawHead(g, r);
        Color[] fill = new Color[values.length];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = colors.at(values[i], min, max);
        }
        map.drawSensors(g, r, fill, true, 11f);
        g.setFont(TEXT);
        g.setColor(Color.BLACK);
        FontMetrics m = g.getFontMetrics();
        g.drawString(name, r.x + (r.width - m.stringWidth(name)) / 2, r.y + r.height + 18);
    }

    /**
     * ERD/ERS maps in a grid: one row per channel, one column per class, all on one colour scale centred on zero
     * (blue: power falls after the cue, red: it rises), the cue marked at 0 s.
     */
    static void timeFrequency(Path png, List<ReportData.TimeFrequency> maps) throws IOException {
        List<String> channels = new ArrayList<>(new LinkedHashSet<>(maps.stream()
                .map(ReportData.TimeFrequency::channel).toList()));
        List<String> classes = new ArrayList<>(new LinkedHashSet<>(maps.stream()
                .map(ReportData.TimeFrequency::className).toList()));
        double limit = limit(maps);
        int cellWidth = 430;
        int cellHeight = 300;
        int width = classes.size() * cellWidth + 110;
        int height = channels.size() * cellHeight + 50;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(image);
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString("ERD/ERS: power change from the 1 s before the cue", 12, 24);
        for (ReportData.TimeFrequency map : maps) {
            int row = channels.indexOf(map.channel());
            int col = classes.indexOf(map.className());
            chart(map, limit).draw(g, new Rectangle(10 + col * cellWidth, 40 + row * cellHeight, cellWidth - 10,
                    cellHeight - 10));
        }
        Topomap.drawColorBar(g, new Rectangle(width - 90, 80, 16, height - 160), ColorMap.BLUE_WHITE_RED, -limit,
                limit, "% change", 12f);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    /** The 98th percentile of |change| over every map (a few extreme bins do not wash out the rest). */
    private static double limit(List<ReportData.TimeFrequency> maps) {
        List<Double> all = new ArrayList<>();
        for (ReportData.TimeFrequency m : maps) {
            for (double[] row : m.percent()) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        all.add(Math.abs(v));
                    }
                }
            }
        }
        if (all.isEmpty()) {
            return 1;
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return Math.max(1, sorted[(int) Math.min(sorted.length - 1, Math.floor(0.98 * sorted.length))]);
    }

    private static JFreeChart chart(ReportData.TimeFrequency map, double limit) {
        double[] t = map.timesSeconds();
        double[] f = map.frequenciesHz();
        double[][] xyz = new double[3][t.length * f.length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < f.length; j++) {
                int n = i * f.length + j;
                xyz[0][n] = t[i];
                xyz[1][n] = f[j];
                xyz[2][n] = map.percent()[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("change", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(t.length > 1 ? t[1] - t[0] : 1);
        renderer.setBlockHeight(f.length > 1 ? f[1] - f[0] : 1);
        renderer.setPaintScale(new Scale(-limit, limit));
        NumberAxis time = new NumberAxis("time from cue (s)");
        time.setRange(t[0] - renderer.getBlockWidth() / 2, t[t.length - 1] + renderer.getBlockWidth() / 2);
        NumberAxis frequency = new NumberAxis("frequency (Hz)");
        frequency.setRange(f[0] - renderer.getBlockHeight() / 2, f[f.length - 1] + renderer.getBlockHeight() / 2);
        XYPlot plot = new XYPlot(data, time, frequency, renderer);
        plot.setBackgroundPaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        for (double band : new double[] {8, 13, 30}) {
            plot.addRangeMarker(new ValueMarker(band, new Color(0, 0, 0, 90), new BasicStroke(0.8f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0)));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setTitle(new TextTitle(map.channel() + ", " + map.className() + " (" + map.note() + ")", TEXT));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Graphics2D begin(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** {@link ColorMap#BLUE_WHITE_RED} as a JFreeChart paint scale. */
    private record Scale(double getLowerBound, double getUpperBound) implements PaintScale {
        @Override
        public Paint getPaint(double value) {
            return ColorMap.BLUE_WHITE_RED.at(value, getLowerBound, getUpperBound);
        }
    }
}
