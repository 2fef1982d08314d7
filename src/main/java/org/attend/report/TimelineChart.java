package org.attend.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.attend.stream.XmlText;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A pseudo-online session on one chart: each class's probability over time, the cued trials as shaded spans in
 * their class's colour, and each command as a vertical line in its class's colour, labelled with its class.
 */
final class TimelineChart {

    /** Colours of the classes, in order: the same for a class's line, trials and commands. */
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0x7f7f7f)};

    private TimelineChart() {
    }

    static void write(Path png, ReportData.Timeline t) throws IOException {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (int k = 0; k < t.classes().size(); k++) {
            XYSeries s = new XYSeries("p(" + t.classes().get(k) + ")", false, true);
            for (int i = 0; i < t.timesSeconds().length; i++) {
                s.add(t.timesSeconds()[i], t.probabilities()[k][i]);
            }
            lines.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("subject " + t.subject() + ", " + t.decoder()
                        + ": probabilities, cued trials (shaded), commands (lines)", "session time (s)", "probability",
                lines, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRangeAxis().setRange(0, 1.05);
        if (t.timesSeconds().length > 0) {
            plot.getDomainAxis().setRange(t.timesSeconds()[0], t.timesSeconds()[t.timesSeconds().length - 1]);
        }
        for (int k = 0; k < t.classes().size(); k++) {
            plot.getRenderer().setSeriesPaint(k, color(k));
            plot.getRenderer().setSeriesStroke(k, new BasicStroke(1f));
        }
        for (ReportData.Event cue : t.cues()) {
            Color c = color(t.classes().indexOf(cue.label()));
            IntervalMarker trial = new IntervalMarker(cue.timeSeconds(), cue.timeSeconds() + t.trialSeconds(),
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
            plot.addDomainMarker(trial, Layer.BACKGROUND);
        }
        for (ReportData.Event command : t.commands()) {
            ValueMarker line = new ValueMarker(command.timeSeconds(), color(t.classes().indexOf(command.label())),
                    new BasicStroke(1.5f));
            line.setLabel(command.label());
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
        Charts.save(png, chart, 1400, 380);
    }

    private static Color color(int k) {
        return k < 0 ? Color.BLACK : COLORS[k % COLORS.length];
    }

    /** The timelines of a report, one PNG each, named by subject and decoder. */
    static String section(Path dir, List<ReportData.Timeline> timelines) throws IOException {
        StringBuilder html = new StringBuilder("<h2>Pseudo-online timelines</h2>\n<p>Class probabilities of every "
                + "online window, cued trials shaded in their class's colour, commands as vertical lines. A command "
                + "in an unshaded span is a false activation.</p>\n");
        for (ReportData.Timeline t : timelines) {
            String png = "timeline-" + HtmlReport.fileName(t.decoder()) + "-subject-" + t.subject() + ".png";
            write(dir.resolve(png), t);
            html.append("<img src=\"").append(png).append("\" alt=\"timeline of subject ")
                    .append(XmlText.escape(t.subject())).append("\" style=\"max-width:100%\">\n");
        }
        return html.toString();
    }
}
