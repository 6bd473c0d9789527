package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.flowbench.generator.internal.AscendingUniforms;
import org.junit.jupiter.api.Test;

class AscendingUniformsTest {

    @Test
    void givesExactlyNAscendingValuesDistributedUniformly() {
        int n = 100_000;
        AscendingUniforms values = new AscendingUniforms(n, new SplittableRandom(11));
        double previous = 0;
        double largestGap = 0; // Kolmogorov-Smirnov distance of the sample to the uniform distribution
        for (int i = 0; i < n; i++) {
            assertTrue(values.hasNext());
            double v = values.next();
            assertTrue(v >= previous && v < 1.0, "value " + i + ": " + v);
            largestGap = Math.max(largestGap, Math.max(Math.abs(v - (double) i / n), Math.abs(v - (i + 1.0) / n)));
            previous = v;
        }
        assertFalse(values.hasNext());
        assertThrows(IllegalStateException.class, values::next);
        // the 1 % critical value of the KS statistic is 1.63 / sqrt(n) = 0.0052
        assertTrue(largestGap < 0.0052, "KS distance " + largestGap);
    }

    @Test
    void keepsItsPrecisionForATrillionValues() {
        long n = 1_000_000_000_000L;
        AscendingUniforms values = new AscendingUniforms(n, new SplittableRandom(12));
        double v = 0;
        for (int i = 0; i < 10_000; i++) {
            double next = values.next();
            assertTrue(next >= v);
            v = next;
        }
        // 10,000 of a trillion: expected at 1e-8, with a relative spread of 1 %
        assertEquals(1e-8, v, 0.05e-8);
    }
}
