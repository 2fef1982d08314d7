package org.attend.dsp;

/** The closed-form test signal of make_fixtures.py ({@code test_signal}): keep both formulas identical. */
final class TestSignal {

    private TestSignal() {
    }

    static double sample(int n, double sampleRateHz, int channel) {
        double t = n / sampleRateHz;
        return 100.0 + 10.0 * channel
                + 20.0 * Math.sin(2 * Math.PI * 10.0 * t + 0.5 * channel)
                + 8.0 * Math.sin(2 * Math.PI * 23.0 * t + 0.25 * channel)
                + 5.0 * Math.sin(2 * Math.PI * 50.0 * t)
                + 3.0 * Math.sin(2 * Math.PI * (1.0 + 10.0 * t) * t)
                + 2.0 * Math.cos(2 * Math.PI * 3.7 * t + channel);
    }

    static double[] channel(int samples, double sampleRateHz, int channel) {
        double[] x = new double[samples];
        for (int n = 0; n < samples; n++) {
            x[n] = sample(n, sampleRateHz, channel);
        }
        return x;
    }

    static float[][] channels(int channels, int samples, double sampleRateHz) {
        float[][] data = new float[channels][samples];
        for (int c = 0; c < channels; c++) {
            for (int n = 0; n < samples; n++) {
                data[c][n] = (float) sample(n, sampleRateHz, c);
            }
        }
        return data;
    }
}
