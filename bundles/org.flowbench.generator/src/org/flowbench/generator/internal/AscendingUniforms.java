package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/**
 * The order statistics of {@code n} independent uniform numbers in [0, 1), smallest first, made one
 * at a time in constant memory: given the previous value v and k numbers still to come, the next
 * is v + (1 - v) * (1 - U^(1/k)), the minimum of k uniforms on [v, 1). This is what lets a
 * generator emit any number of flows in time order without holding or sorting them.
 */
public final class AscendingUniforms {

    private final SplittableRandom random;
    private long remaining;
    private double value;

    public AscendingUniforms(long n, SplittableRandom random) {
        this.remaining = n;
        this.random = random;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** @return the next value, not below the previous one and below 1 */
    public double next() {
        if (remaining <= 0) {
            throw new IllegalStateException("no values left");
        }
        double u = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
        // 1 - u^(1/k) written with expm1 keeps its precision when k is in the billions
        double minimumOfRest = -StrictMath.expm1(StrictMath.log(u) / remaining);
        remaining--;
        double next = value + (1.0 - value) * minimumOfRest;
        value = Math.min(next, Math.nextDown(1.0));
        return value;
    }
}
