package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.flowbench.generator.internal.Gaussian;
import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void isStandardNormal() {
        Gaussian g = new Gaussian(new SplittableRandom(21));
        int n = 1_000_000;
        double sum = 0;
        double squares = 0;
        int withinOne = 0;
        int beyondThree = 0;
        for (int i = 0; i < n; i++) {
            double z = g.next();
            sum += z;
            squares += z * z;
            withinOne += Math.abs(z) < 1 ? 1 : 0;
            beyondThree += Math.abs(z) > 3 ? 1 : 0;
        }
        assertEquals(0, sum / n, 0.005);
        assertEquals(1, squares / n, 0.005);
        assertEquals(0.6827, (double) withinOne / n, 0.002);
        assertEquals(0.0027, (double) beyondThree / n, 0.0003);
    }

    @Test
    void isTheSameForTheSameSeed() {
        Gaussian a = new Gaussian(new SplittableRandom(22));
        Gaussian b = new Gaussian(new SplittableRandom(22));
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToLongBits(a.next()), Double.doubleToLongBits(b.next()));
        }
    }
}
