package org.attend.decode;

/**
 * Limited-memory BFGS minimisation of a smooth convex function, with a backtracking (Armijo) line search.
 * Deterministic: the same objective and start give the same iterates.
 */
final class Lbfgs {

    /** A differentiable function. */
    @FunctionalInterface
    interface Objective {
        /** The value at {@code x}; writes the gradient into {@code gradient}. */
        double evaluate(double[] x, double[] gradient);
    }

    private static final int MEMORY = 10;
    private static final int MAX_ITERATIONS = 2000;
    /** Stop when the largest gradient component falls below this, relative to max(1, |f|). */
    private static final double GRADIENT_TOLERANCE = 1e-9;

    private Lbfgs() {
    }

    /** A minimiser of {@code f} starting from {@code start}. */
    static double[] minimise(Objective f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        double[] alpha = new double[MEMORY];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if (maxAbs(g) <= GRADIENT_TOLERANCE * Math.max(1, Math.abs(fx))) {
                break;
            }
            // two-loop recursion: direction = -H g
            double[] q = g.clone();
            for (int j = stored - 1; j >= 0; j--) {
                alpha[j] = rho[j] * dot(s[j], q);
                axpy(-alpha[j], y[j], q);
            }
            double gamma = stored == 0 ? 1 / Math.max(1e-12, Math.sqrt(dot(g, g)))
                    : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
            for (int i = 0; i < n; i++) {
                q[i] *= gamma;
            }
            for (int j = 0; j < stored; j++) {
                double beta = rho[j] * dot(y[j], q);
                axpy(alpha[j] - beta, s[j], q);
            }
            double slope = -dot(g, q);
            if (slope >= 0) {
                // not a descent direction (rounding): restart from steepest descent
                stored = 0;
                continue;
            }
            double step = 1;
            double fNew;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] - step * q[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope || step < 1e-20) {
                    break;
                }
                step *= 0.5;
            }
            if (step < 1e-20) {
                break;
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = xNew[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            double sy = dot(sk, yk);
            boolean converged = fx - fNew <= 1e-15 * Math.max(1, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (sy > 1e-12 * dot(yk, yk)) {
                if (stored == MEMORY) {
                    System.arraycopy(s, 1, s, 0, MEMORY - 1);
                    System.arraycopy(y, 1, y, 0, MEMORY - 1);
                    System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
                    stored--;
                }
                s[stored] = sk;
                y[stored] = yk;
                rho[stored] = 1 / sy;
                stored++;
            }
            if (converged) {
                break;
            }
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
