package org.attend.dsp;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.ops.ComplexMath_F64;

/**
 * A filter as zeros, poles and gain, with the analog-to-digital transforms of scipy.signal
 * ({@code lp2lp_zpk}, {@code lp2hp_zpk}, {@code lp2bp_zpk}, {@code lp2bs_zpk}, {@code bilinear_zpk}). Each
 * transform repeats scipy's arithmetic step by step so the designed coefficients agree to rounding.
 * The {@link Complex_F64} values are never mutated after construction.
 */
record Zpk(List<Complex_F64> zeros, List<Complex_F64> poles, double gain) {

    Zpk {
        zeros = List.copyOf(zeros);
        poles = List.copyOf(poles);
    }

    private int relativeDegree() {
        return poles.size() - zeros.size();
    }

    /** {@code lp2lp_zpk}: scales the unit-cutoff prototype to cutoff {@code wo} (rad/s). */
    Zpk lowpassToLowpass(double wo) {
        return new Zpk(zeros.stream().map(z -> scale(z, wo)).toList(), poles.stream().map(p -> scale(p, wo)).toList(),
                gain * Math.pow(wo, relativeDegree()));
    }

    /** {@code lp2hp_zpk}: inverts the prototype about the unit circle, zeros at infinity move to the origin. */
    Zpk lowpassToHighpass(double wo) {
        Complex_F64 w = new Complex_F64(wo, 0);
        List<Complex_F64> z = new ArrayList<>(zeros.stream().map(w::divide).toList());
        for (int i = 0; i < relativeDegree(); i++) {
            z.add(new Complex_F64(0, 0));
        }
        double k = gain * product(zeros, -1, 0).divide(product(poles, -1, 0)).real;
        return new Zpk(z, poles.stream().map(w::divide).toList(), k);
    }

    /** {@code lp2bp_zpk}: each prototype root splits in two around {@code ±wo}; zeros at infinity go to 0. */
    Zpk lowpassToBandpass(double wo, double bw) {
        List<Complex_F64> z = new ArrayList<>(splitAround(zeros.stream().map(r -> scale(r, bw / 2)).toList(), wo));
        for (int i = 0; i < relativeDegree(); i++) {
            z.add(new Complex_F64(0, 0));
        }
        List<Complex_F64> p = splitAround(poles.stream().map(r -> scale(r, bw / 2)).toList(), wo);
        return new Zpk(z, p, gain * Math.pow(bw, relativeDegree()));
    }

    /** {@code lp2bs_zpk}: invert to a highpass of width {@code bw}, split around {@code ±wo}; zeros at ±j·wo. */
    Zpk lowpassToBandstop(double wo, double bw) {
        Complex_F64 halfWidth = new Complex_F64(bw / 2, 0);
        List<Complex_F64> z = new ArrayList<>(splitAround(zeros.stream().map(halfWidth::divide).toList(), wo));
        for (int i = 0; i < relativeDegree(); i++) {
            z.add(new Complex_F64(0, wo));
        }
        for (int i = 0; i < relativeDegree(); i++) {
            z.add(new Complex_F64(0, -wo));
        }
        List<Complex_F64> p = splitAround(poles.stream().map(halfWidth::divide).toList(), wo);
        return new Zpk(z, p, gain * product(zeros, -1, 0).divide(product(poles, -1, 0)).real);
    }

    /** {@code bilinear_zpk} with scipy's normalised {@code fs = 2}: zeros at infinity move to Nyquist (z = -1). */
    Zpk bilinear(double fs) {
        double fs2 = 2.0 * fs;
        Complex_F64 plus = new Complex_F64(fs2, 0);
        List<Complex_F64> z = new ArrayList<>(zeros.stream().map(r -> plus.plus(r).divide(plus.minus(r))).toList());
        for (int i = 0; i < relativeDegree(); i++) {
            z.add(new Complex_F64(-1, 0));
        }
        List<Complex_F64> p = poles.stream().map(r -> plus.plus(r).divide(plus.minus(r))).toList();
        return new Zpk(z, p, gain * product(zeros, -1, fs2).divide(product(poles, -1, fs2)).real);
    }

    /** {@code prod(offset + sign * r)} over the roots, multiplied in list order as numpy does. */
    private static Complex_F64 product(List<Complex_F64> roots, double sign, double offset) {
        Complex_F64 product = new Complex_F64(1, 0);
        for (Complex_F64 r : roots) {
            product = product.times(new Complex_F64(offset + sign * r.real, sign * r.imaginary));
        }
        return product;
    }

    /** {@code concatenate((r + sqrt(r**2 - wo**2), r - sqrt(r**2 - wo**2)))}. */
    private static List<Complex_F64> splitAround(List<Complex_F64> roots, double wo) {
        List<Complex_F64> upper = new ArrayList<>();
        List<Complex_F64> lower = new ArrayList<>();
        for (Complex_F64 r : roots) {
            Complex_F64 square = r.times(r);
            Complex_F64 root = new Complex_F64();
            ComplexMath_F64.sqrt(new Complex_F64(square.real - wo * wo, square.imaginary), root);
            upper.add(r.plus(root));
            lower.add(r.minus(root));
        }
        upper.addAll(lower);
        return upper;
    }

    private static Complex_F64 scale(Complex_F64 c, double factor) {
        return new Complex_F64(c.real * factor, c.imaginary * factor);
    }
}
