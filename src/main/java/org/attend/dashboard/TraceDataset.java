package org.attend.dashboard;

import org.jfree.data.xy.AbstractXYDataset;

/**
 * Stacked traces over shared times, without an object per point: series {@code c} is channel {@code c}'s
 * samples scaled by {@code gain[c]} around lane {@code c}, minus its mean over the view.
 */
final class TraceDataset extends AbstractXYDataset {

    private final String[] names;
    private final double[] times;
    private final float[][] samples;
    private final double[] gain;
    private final double[] mean;

    TraceDataset(String[] names, double[] times, float[][] samples, double[] gain) {
        this.names = names;
        this.times = times;
        this.samples = samples;
        this.gain = gain;
        this.mean = new double[samples.length];
        for (int c = 0; c < samples.length; c++) {
            double sum = 0;
            int finite = 0;
            for (float v : samples[c]) {
                if (Float.isFinite(v)) {
                    sum += v;
                    finite++;
                }
            }
            mean[c] = finite == 0 ? 0 : sum / finite;
        }
    }

    @Override
    public int getSeriesCount() {
        return names.length;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return names[series];
    }

    @Override
    public int getItemCount(int series) {
        return times.length;
    }

    @Override
    public Number getX(int series, int item) {
        return times[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return times[item];
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    /** Lane {@code series} (drawn top-down) plus the centred, scaled sample; NaN for a non-finite one. */
    @Override
    public double getYValue(int series, int item) {
        float v = samples[series][item];
        return Float.isFinite(v) ? series - (v - mean[series]) * gain[series] : Double.NaN;
    }
}
