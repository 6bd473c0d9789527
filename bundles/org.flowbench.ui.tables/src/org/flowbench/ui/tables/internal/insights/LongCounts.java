package org.flowbench.ui.tables.internal.insights;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to a few long counters each, in two primitive arrays:
 * grouping millions of rows by a key without an object per key.
 */
final class LongCounts {

    private static final long EMPTY = Long.MIN_VALUE;

    private final int width;
    private long[] keys;
    private long[] counters;
    private int size;

    /** @param width counters per key */
    LongCounts(int width, int expected) {
        this.width = width;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        counters = new long[capacity * width];
    }

    /** @return the offset of the key's counters in {@link #counters()}, adding the key (counters 0) when new; never Long.MIN_VALUE */
    int offset(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot * width;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                size++;
                return slot * width;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the offset of the key's counters, -1 when the key is not there */
    int find(long key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot * width;
            }
            if (k == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    long[] counters() {
        return counters;
    }

    int size() {
        return size;
    }

    /** @return the number of slots; slot {@code s} is used when {@link #keyAt(int)} is not {@link #isEmpty} */
    int slots() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    boolean isUsed(int slot) {
        return keys[slot] != EMPTY;
    }

    int width() {
        return width;
    }

    private static int hash(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounters = counters;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counters = new long[keys.length * width];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            long k = oldKeys[s];
            if (k != EMPTY) {
                int slot = hash(k) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                System.arraycopy(oldCounters, s * width, counters, slot * width, width);
            }
        }
    }
}
