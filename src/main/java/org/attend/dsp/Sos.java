package org.attend.dsp;

import java.util.Arrays;

/**
 * A digital IIR filter as a cascade of second-order sections, laid out exactly like scipy's {@code sos} arrays:
 * each row is {@code {b0, b1, b2, a0, a1, a2}} with {@code a0 = 1}. Immutable: the sections are copied in and out.
 *
 * @param sections one row of six coefficients per section, applied first row first
 */
public record Sos(double[][] sections) {

    public Sos {
        if (sections == null || sections.length == 0) {
            throw new IllegalArgumentException("an SOS filter needs at least one section");
        }
        double[][] copy = new double[sections.length][];
        for (int s = 0; s < sections.length; s++) {
            double[] row = sections[s];
            if (row == null || row.length != 6) {
                throw new IllegalArgumentException("SOS section " + s
                        + " must have 6 coefficients {b0,b1,b2,a0,a1,a2}");
            }
            if (row[3] != 1.0) {
                throw new IllegalArgumentException("SOS section " + s + " has a0 = " + row[3] + ", must be 1");
            }
            for (double c : row) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("SOS section " + s + " has a non-finite coefficient: "
                            + Arrays.toString(row));
                }
            }
            copy[s] = row.clone();
        }
        sections = copy;
    }

    /** A copy of the coefficients, one row {@code {b0,b1,b2,a0,a1,a2}} per section. */
    @Override
    public double[][] sections() {
        double[][] copy = new double[sections.length][];
        for (int s = 0; s < sections.length; s++) {
            copy[s] = sections[s].clone();
        }
        return copy;
    }

    /** Coefficient {@code k} ({@code 0..5}) of section {@code s}, without copying. */
    double coefficient(int s, int k) {
        return sections[s][k];
    }

    public int sectionCount() {
        return sections.length;
    }

    /** The filter order: the number of poles, counting a section with {@code a2 = 0} as first order. */
    public int order() {
        int order = 0;
        for (double[] row : sections) {
            order += row[5] != 0 ? 2 : row[4] != 0 ? 1 : 0;
        }
        return order;
    }

    /** This filter followed by {@code next}: the sections of both, this one's first (scipy: {@code np.vstack}). */
    public Sos then(Sos next) {
        double[][] both = Arrays.copyOf(sections, sections.length + next.sections.length);
        System.arraycopy(next.sections, 0, both, sections.length, next.sections.length);
        return new Sos(both);
    }

    /**
     * The magnitude of the frequency response, {@code |H(e^{jω})|} with {@code ω = 2π f / fs}; equals
     * {@code abs(scipy.signal.sosfreqz(sos, worN=frequenciesHz, fs=sampleRateHz)[1])}.
     */
    public double[] magnitudeResponse(double[] frequenciesHz, double sampleRateHz) {
        double[] magnitude = new double[frequenciesHz.length];
        for (int i = 0; i < frequenciesHz.length; i++) {
            double w = 2 * Math.PI * frequenciesHz[i] / sampleRateHz;
            double gain = 1;
            for (double[] row : sections) {
                gain *= Math.hypot(row[0] + row[1] * Math.cos(w) + row[2] * Math.cos(2 * w),
                        -row[1] * Math.sin(w) - row[2] * Math.sin(2 * w))
                        / Math.hypot(row[3] + row[4] * Math.cos(w) + row[5] * Math.cos(2 * w),
                        -row[4] * Math.sin(w) - row[5] * Math.sin(2 * w));
            }
            magnitude[i] = gain;
        }
        return magnitude;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sos that && Arrays.deepEquals(sections, that.sections);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(sections);
    }

    @Override
    public String toString() {
        return "Sos" + Arrays.deepToString(sections);
    }
}
