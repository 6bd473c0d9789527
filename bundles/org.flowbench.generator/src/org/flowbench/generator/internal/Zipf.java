package org.flowbench.generator.internal;

/** Zipf's law: the item of rank r (1-based) has weight 1 / r^exponent. */
public final class Zipf {

    private Zipf() {
    }

    /** @return the weights of ranks 1..n at index 0..n-1 */
    public static double[] weights(int n, double exponent) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = StrictMath.pow(i + 1, -exponent);
        }
        return w;
    }
}
