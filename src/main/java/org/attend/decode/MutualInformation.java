package org.attend.decode;

/**
 * Mutual information between one continuous feature and the class label, estimated with Parzen windows as
 * in FBCSP's mutual-information-based best individual feature selection (Ang et al. 2008):
 * {@code I = H(ω) − H(ω | f)}, with {@code p(f | ω)} a Gaussian kernel density of bandwidth
 * {@code h = (4 / 3n)^{1/5} σ} (Silverman's rule) and {@code H(ω | f)} averaged over the trials. In bits.
 */
final class MutualInformation {

    private MutualInformation() {
    }

    static double bits(double[] feature, int[] labels, int classCount) {
        int n = feature.length;
        double[] prior = new double[classCount];
        for (int y : labels) {
            prior[y] += 1.0 / n;
        }
        double mean = 0;
        for (double v : feature) {
            mean += v / n;
        }
        double var = 0;
        for (double v : feature) {
            var += (v - mean) * (v - mean) / (n - 1);
        }
        double h = Math.pow(4.0 / (3 * n), 0.2) * Math.sqrt(var);
        double entropy = 0;
        for (double p : prior) {
            if (p > 0) {
                entropy -= p * log2(p);
            }
        }
        if (!(h > 0)) {
            return 0;
        }
        double conditional = 0;
        double[] joint = new double[classCount];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(joint, 0);
            for (int k = 0; k < n; k++) {
                double z = (feature[i] - feature[k]) / h;
                joint[labels[k]] += Math.exp(-0.5 * z * z);
            }
            // p(f | ω) P(ω) ∝ Σ_{k ∈ ω} K / n_ω · n_ω / n: the class sizes cancel
            double total = 0;
            for (double j : joint) {
                total += j;
            }
            for (double j : joint) {
                double posterior = j / total;
                if (posterior > 0) {
                    conditional -= posterior * log2(posterior) / n;
                }
            }
        }
        return Math.max(0, entropy - conditional);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
