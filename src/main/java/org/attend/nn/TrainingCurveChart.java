package org.attend.nn;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a training run as a PNG: losses on the left axis, validation accuracy on the right. */
public final class TrainingCurveChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;

    private TrainingCurveChart() {
    }

    /** Writes the curve of {@code history} to {@code png}, marking the kept epoch in the title. */
    public static void write(TrainingHistory history, String title, Path png) throws IOException {
        XYSeries train = new XYSeries("training loss");
        XYSeries valid = new XYSeries("validation loss");
        XYSeries accuracy = new XYSeries("validation accuracy");
        for (EpochStats e : history.epochs()) {
            train.add(e.epoch(), e.trainLoss());
            valid.add(e.epoch(), e.validationLoss());
            accuracy.add(e.epoch(), e.validationAccuracy());
        }
        XYSeriesCollection losses = new XYSeriesCollection();
        losses.addSeries(train);
        losses.addSeries(valid);
        XYPlot plot = new XYPlot(losses, new NumberAxis("epoch"), new NumberAxis("cross-entropy"),
                new XYLineAndShapeRenderer(true, false));
        NumberAxis accuracyAxis = new NumberAxis("validation accuracy");
        accuracyAxis.setRange(0, 1);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, new XYSeriesCollection(accuracy));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer accuracyRenderer = new XYLineAndShapeRenderer(true, false);
        accuracyRenderer.setSeriesPaint(0, java.awt.Color.GREEN.darker());
        plot.setRenderer(1, accuracyRenderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title + " (kept epoch " + history.bestEpoch() + ")",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }
}
