package org.attend.decode;

/**
 * L2-regularised logistic regression as scikit-learn's {@code LogisticRegression(C)} (lbfgs): minimises
 * {@code Σᵢ −log p(yᵢ | xᵢ) + ‖W‖² / (2C)} with unpenalised intercepts; binary (one weight vector) for two
 * classes, multinomial for more. Solved to a tight tolerance with {@link Lbfgs}, so results are
 * deterministic and independent of the starting point.
 *
 * @param coefficients {@code [class][feature]}; for two classes row 0 is zero
 * @param intercepts   {@code [class]}
 */
public record LogisticRegression(double[][] coefficients, double[] intercepts) {

    /** Fits on rows {@code x[trial][feature]} with class indices {@code y} in {@code 0..classCount-1}. */
    public static LogisticRegression fit(double[][] x, int[] y, int classCount, double c) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("inverse regularisation C must be positive, got " + c);
        }
        int d = x[0].length;
        int free = classCount == 2 ? 1 : classCount;
        int offset = classCount - free;
        Lbfgs.Objective objective = (theta, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            double[] z = new double[classCount];
            for (int i = 0; i < x.length; i++) {
                java.util.Arrays.fill(z, 0);
                for (int k = 0; k < free; k++) {
                    int base = k * (d + 1);
                    double s = theta[base + d];
                    for (int f = 0; f < d; f++) {
                        s += theta[base + f] * x[i][f];
                    }
                    z[k + offset] = s;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (double v : z) {
                    sum += Math.exp(v - max);
                }
                double logSum = max + Math.log(sum);
                loss += logSum - z[y[i]];
                for (int k = 0; k < free; k++) {
                    double residual = Math.exp(z[k + offset] - logSum) - (y[i] == k + offset ? 1 : 0);
                    int base = k * (d + 1);
                    for (int f = 0; f < d; f++) {
                        gradient[base + f] += residual * x[i][f];
                    }
                    gradient[base + d] += residual;
                }
            }
            for (int k = 0; k < free; k++) {
                int base = k * (d + 1);
                for (int f = 0; f < d; f++) {
                    loss += theta[base + f] * theta[base + f] / (2 * c);
                    gradient[base + f] += theta[base + f] / c;
                }
            }
            return loss;
        };
        double[] theta = Lbfgs.minimise(objective, new double[free * (d + 1)]);
        double[][] coefficients = new double[classCount][d];
        double[] intercepts = new double[classCount];
        for (int k = 0; k < free; k++) {
            System.arraycopy(theta, k * (d + 1), coefficients[k + offset], 0, d);
            intercepts[k + offset] = theta[k * (d + 1) + d];
        }
        return new LogisticRegression(coefficients, intercepts);
    }

    /** Class probabilities of one row. */
    public double[] probabilities(double[] features) {
        return LinearSoftmax.probabilities(coefficients, intercepts, features);
    }
}
