package org.flowbench.analysis.internal;

import java.util.Arrays;

import org.flowbench.model.IndexSort;

/** Picks the indexes of the largest values without sorting them all. */
public final class TopN {

    private TopN() {
    }

    /**
     * @return up to {@code n} indexes of the largest positive values, largest first; equal values
     *         in index order, so results do not depend on the order of work
     */
    public static int[] largest(long[] values, int n) {
        // a min-heap of the best n seen so far, by (value, -index)
        // sized by what there is, not by n: "all of them" comes as a huge n
        int[] heap = new int[Math.max(1, Math.min(n, values.length))];
        int size = 0;
        for (int i = 0; i < values.length; i++) {
            long v = values[i];
            if (v <= 0) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                siftUp(heap, size++, values);
            } else if (better(i, heap[0], values)) {
                heap[0] = i;
                siftDown(heap, size, values);
            }
        }
        // index order first, then a stable sort by value: no boxing, which "all of them" made slow
        int[] order = Arrays.copyOf(heap, size);
        Arrays.sort(order);
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) {
            keys[k] = values[order[k]];
        }
        IndexSort.sort(order, keys, true, () -> false);
        return order;
    }

    /** @return whether index a ranks before index b */
    private static boolean better(int a, int b, long[] values) {
        return values[a] > values[b] || (values[a] == values[b] && a < b);
    }

    private static void siftUp(int[] heap, int k, long[] values) {
        while (k > 0) {
            int parent = (k - 1) / 2;
            if (!better(heap[parent], heap[k], values)) {
                break;
            }
            swap(heap, parent, k);
            k = parent;
        }
    }

    private static void siftDown(int[] heap, int size, long[] values) {
        int k = 0;
        while (true) {
            int left = 2 * k + 1;
            int right = left + 1;
            int worst = k;
            if (left < size && better(heap[worst], heap[left], values)) {
                worst = left;
            }
            if (right < size && better(heap[worst], heap[right], values)) {
                worst = right;
            }
            if (worst == k) {
                return;
            }
            swap(heap, k, worst);
            k = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
