package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.flowbench.generator.internal.AliasTable;
import org.flowbench.generator.internal.Zipf;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    @Test
    void samplesInProportionToTheWeights() {
        AliasTable table = new AliasTable(new double[] { 1, 2, 3, 4, 0 });
        SplittableRandom random = new SplittableRandom(3);
        long[] counts = new long[5];
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            counts[table.sample(random)]++;
        }
        for (int i = 0; i < 4; i++) {
            assertEquals((i + 1) / 10.0, counts[i] / (double) n, 0.002, "index " + i);
        }
        assertEquals(0, counts[4], "a weight of zero is never drawn");
    }

    @Test
    void followsZipfOverManyItems() {
        int items = 1000;
        AliasTable table = new AliasTable(Zipf.weights(items, 1.0));
        SplittableRandom random = new SplittableRandom(4);
        long[] counts = new long[items];
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            counts[table.sample(random)]++;
        }
        double harmonic = 0;
        for (int r = 1; r <= items; r++) {
            harmonic += 1.0 / r;
        }
        for (int rank : new int[] { 1, 2, 10, 100 }) {
            double expected = 1.0 / rank / harmonic;
            assertEquals(expected, counts[rank - 1] / (double) n, expected * 0.05, "rank " + rank);
        }
    }

    @Test
    void oneItemIsAlwaysDrawn() {
        AliasTable table = new AliasTable(new double[] { 0.3 });
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, table.sample(random));
        }
    }

    @Test
    void rejectsUnusableWeights() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] { 0, 0 }));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] { 1, -1 }));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] { 1, Double.NaN }));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] { 1, Double.POSITIVE_INFINITY }));
    }
}
