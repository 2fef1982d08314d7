package org.attend.dsp;

/**
 * The arithmetic shared by the streaming and zero-phase filters: scipy's {@code sosfilt} inner loop (direct form II
 * transposed) and {@code sosfilt_zi}. State is {@code [section][2]} in double precision.
 */
final class SosKernel {

    private SosKernel() {
    }

    /**
     * Filters the first {@code length} samples of {@code x} in place through all sections, updating
     * {@code state}. Runs section by section over the block (rather than sample by sample through all sections):
     * each section's output depends only on its own input sequence, so the result is bit-identical to scipy's
     * sample-major loop, and the inner loop stays in registers.
     */
    static void filter(Sos sos, double[] x, int length, double[][] state) {
        for (int s = 0; s < sos.sectionCount(); s++) {
            double b0 = sos.coefficient(s, 0);
            double b1 = sos.coefficient(s, 1);
            double b2 = sos.coefficient(s, 2);
            double a1 = sos.coefficient(s, 4);
            double a2 = sos.coefficient(s, 5);
            double z0 = state[s][0];
            double z1 = state[s][1];
            for (int n = 0; n < length; n++) {
                double in = x[n];
                double out = b0 * in + z0;
                z0 = b1 * in - a1 * out + z1;
                z1 = b2 * in - a2 * out;
                x[n] = out;
            }
            state[s][0] = z0;
            state[s][1] = z1;
        }
    }

    /**
     * {@code scipy.signal.sosfilt_zi(sos) * level}: the state of each section once a constant input {@code level}
     * has settled, so filtering starts as if the input had always been {@code level}.
     */
    static double[][] steadyState(Sos sos, double level) {
        double[][] zi = new double[sos.sectionCount()][2];
        double scale = 1.0;
        for (int s = 0; s < sos.sectionCount(); s++) {
            double b0 = sos.coefficient(s, 0);
            double b1 = sos.coefficient(s, 1);
            double b2 = sos.coefficient(s, 2);
            double a1 = sos.coefficient(s, 4);
            double a2 = sos.coefficient(s, 5);
            // lfilter_zi: solve (I - companion(a)^T) zi = b[1:] - a[1:] * b0, in closed form for 2 x 2.
            double r0 = b1 - a1 * b0;
            double r1 = b2 - a2 * b0;
            double first = (r0 + r1) / (1 + a1 + a2);
            zi[s][0] = scale * first * level;
            zi[s][1] = scale * (r1 - a2 * first) * level;
            scale *= (b0 + b1 + b2) / (1 + a1 + a2);
        }
        return zi;
    }
}
