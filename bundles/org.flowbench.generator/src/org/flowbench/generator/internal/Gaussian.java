package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/**
 * Standard normal numbers by Marsaglia's polar method with {@link StrictMath}, whose results are
 * the same on every platform and Java version (unlike {@code nextGaussian}, whose algorithm
 * changed in Java 17 and which uses {@link Math}). Each accepted pair of uniforms yields two
 * numbers; the second is kept for the next call.
 */
public final class Gaussian {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    public Gaussian(SplittableRandom random) {
        this.random = random;
    }

    public double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * factor;
        hasSpare = true;
        return u * factor;
    }
}
