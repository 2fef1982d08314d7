package org.attend.dsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.Complex_F64;

/**
 * scipy's {@code zpk2sos(z, p, k)} with its default {@code pairing='nearest'} for digital filters: poles closest
 * to the unit circle are paired with their nearest zeros and placed last, which keeps each section's peak gain
 * small. Reproducing scipy's exact order (rather than any valid pairing) makes our coefficient arrays directly
 * comparable with scipy's, section by section.
 */
final class ZpkToSos {

    /** {@code 100 * eps} of float64, scipy's default tolerance in {@code _cplxreal}. */
    private static final double TOLERANCE = 100 * Math.ulp(1.0);

    private ZpkToSos() {
    }

    static Sos nearest(Zpk zpk) {
        List<Complex_F64> z = new ArrayList<>(zpk.zeros());
        List<Complex_F64> p = new ArrayList<>(zpk.poles());
        if (z.isEmpty() && p.isEmpty()) {
            return new Sos(new double[][] {{zpk.gain(), 0, 0, 1, 0, 0}});
        }
        // Pad to equal counts with roots at the origin; an odd count gets one more pole-zero pair there.
        while (p.size() < z.size()) {
            p.add(new Complex_F64(0, 0));
        }
        while (z.size() < p.size()) {
            z.add(new Complex_F64(0, 0));
        }
        int sectionCount = (p.size() + 1) / 2;
        if (p.size() % 2 == 1) {
            p.add(new Complex_F64(0, 0));
            z.add(new Complex_F64(0, 0));
        }
        z = cplxReal(z);
        p = cplxReal(p);

        double[][] sos = new double[sectionCount][];
        for (int si = sectionCount - 1; si >= 0; si--) {
            Complex_F64 p1 = p.remove(indexWorst(p, allIndices(p)));
            if (isReal(p1) && countReal(p) == 0) {
                // The last real pole: a first-order section with the nearest real zero.
                Complex_F64 z1 = z.remove(nearest(z, p1, Kind.REAL));
                sos[si] = section(List.of(z1, zero()), List.of(p1, zero()));
            } else if (p.size() + 1 == z.size() && !isReal(p1) && countReal(p) == 1 && countReal(z) == 1) {
                // One real pole and one real zero remain for a later section: pair this pole with a complex zero.
                Complex_F64 z1 = z.remove(nearest(z, p1, Kind.COMPLEX));
                sos[si] = section(List.of(z1, conj(z1)), List.of(p1, conj(p1)));
            } else {
                Complex_F64 p2;
                if (isReal(p1)) {
                    List<Integer> realPoles = new ArrayList<>();
                    for (int i = 0; i < p.size(); i++) {
                        if (isReal(p.get(i))) {
                            realPoles.add(i);
                        }
                    }
                    p2 = p.remove(indexWorst(p, realPoles));
                } else {
                    p2 = conj(p1);
                }
                sos[si] = pairWithZeros(z, p1, p2);
            }
        }
        for (int k = 0; k < 3; k++) {
            sos[0][k] *= zpk.gain();
        }
        return new Sos(sos);
    }

    private static double[] pairWithZeros(List<Complex_F64> z, Complex_F64 p1, Complex_F64 p2) {
        if (z.isEmpty()) {
            return section(List.of(), List.of(p1, p2));
        }
        Complex_F64 z1 = z.remove(nearest(z, p1, Kind.ANY));
        if (!isReal(z1)) {
            return section(List.of(z1, conj(z1)), List.of(p1, p2));
        }
        if (z.isEmpty()) {
            return section(List.of(z1), List.of(p1, p2));
        }
        Complex_F64 z2 = z.remove(nearest(z, p1, Kind.REAL));
        return section(List.of(z1, z2), List.of(p1, p2));
    }

    private enum Kind { REAL, COMPLEX, ANY }

    /** {@code _nearest_real_complex_idx}: the closest root of the wanted kind (ties: the earlier one). */
    private static int nearest(List<Complex_F64> roots, Complex_F64 to, Kind kind) {
        List<Integer> order = allIndices(roots);
        order.sort(Comparator.comparingDouble(i -> distance(roots.get(i), to)));
        for (int i : order) {
            if (kind == Kind.ANY || (kind == Kind.REAL) == isReal(roots.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no " + kind + " root left to pair with pole " + to);
    }

    /** Among the {@code candidates} indices, the one whose root is closest to the unit circle (first on ties). */
    private static int indexWorst(List<Complex_F64> roots, List<Integer> candidates) {
        int best = 0;
        for (int c = 1; c < candidates.size(); c++) {
            double distance = unitCircleDistance(roots.get(candidates.get(c)));
            if (distance < unitCircleDistance(roots.get(candidates.get(best)))) {
                best = c;
            }
        }
        return candidates.get(best);
    }

    /**
     * {@code _cplxreal}: one root per complex-conjugate pair (positive imaginary part, the pair averaged), sorted by
     * real part then by imaginary magnitude, followed by the real roots in ascending order.
     */
    private static List<Complex_F64> cplxReal(List<Complex_F64> roots) {
        List<Complex_F64> sorted = new ArrayList<>(roots);
        sorted.sort(Comparator.<Complex_F64>comparingDouble(c -> c.real)
                .thenComparingDouble(c -> Math.abs(c.imaginary)));
        List<Complex_F64> reals = new ArrayList<>();
        List<Complex_F64> positive = new ArrayList<>();
        List<Complex_F64> negative = new ArrayList<>();
        for (Complex_F64 c : sorted) {
            if (Math.abs(c.imaginary) <= TOLERANCE * c.getMagnitude()) {
                reals.add(new Complex_F64(c.real, 0));
            } else if (c.imaginary > 0) {
                positive.add(c);
            } else {
                negative.add(c);
            }
        }
        if (positive.size() != negative.size()) {
            throw new IllegalArgumentException("roots contain a complex value without its conjugate: " + roots);
        }
        // Runs of (nearly) equal real part are re-sorted by imaginary magnitude, as scipy does.
        int start = 0;
        for (int i = 1; i <= positive.size(); i++) {
            Complex_F64 previous = positive.get(i - 1);
            boolean sameReal = i < positive.size()
                    && positive.get(i).real - previous.real <= TOLERANCE * previous.getMagnitude();
            if (!sameReal) {
                Comparator<Complex_F64> byImaginary = Comparator.comparingDouble(c -> Math.abs(c.imaginary));
                positive.subList(start, i).sort(byImaginary);
                negative.subList(start, i).sort(byImaginary);
                start = i;
            }
        }
        List<Complex_F64> result = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            Complex_F64 zp = positive.get(i);
            Complex_F64 zn = negative.get(i);
            if (Math.hypot(zp.real - zn.real, zp.imaginary + zn.imaginary) > TOLERANCE * zn.getMagnitude()) {
                throw new IllegalArgumentException("roots contain a complex value without its conjugate: " + roots);
            }
            result.add(new Complex_F64((zp.real + zn.real) / 2, (zp.imaginary - zn.imaginary) / 2));
        }
        result.addAll(reals);
        return result;
    }

    /** {@code _single_zpksos(z, p, 1)}: monic polynomials of up to two roots, right-aligned in b and a. */
    private static double[] section(List<Complex_F64> zeros, List<Complex_F64> poles) {
        double[] row = new double[6];
        double[] b = monic(zeros);
        double[] a = monic(poles);
        System.arraycopy(b, 0, row, 3 - b.length, b.length);
        System.arraycopy(a, 0, row, 6 - a.length, a.length);
        return row;
    }

    /** Real parts of {@code numpy.poly(roots)} for at most two roots that are real or a conjugate pair. */
    private static double[] monic(List<Complex_F64> roots) {
        return switch (roots.size()) {
            case 0 -> new double[] {1};
            case 1 -> new double[] {1, -roots.get(0).real};
            default -> {
                Complex_F64 r1 = roots.get(0);
                Complex_F64 r2 = roots.get(1);
                yield new double[] {1, -r2.real - r1.real, r1.times(r2).real};
            }
        };
    }

    private static List<Integer> allIndices(List<?> list) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            indices.add(i);
        }
        return indices;
    }

    private static int countReal(List<Complex_F64> roots) {
        return (int) roots.stream().filter(ZpkToSos::isReal).count();
    }

    private static boolean isReal(Complex_F64 c) {
        return c.imaginary == 0;
    }

    private static Complex_F64 conj(Complex_F64 c) {
        return new Complex_F64(c.real, -c.imaginary);
    }

    private static Complex_F64 zero() {
        return new Complex_F64(0, 0);
    }

    private static double distance(Complex_F64 a, Complex_F64 b) {
        return Math.hypot(a.real - b.real, a.imaginary - b.imaginary);
    }

    private static double unitCircleDistance(Complex_F64 c) {
        return Math.abs(1 - c.getMagnitude());
    }
}
