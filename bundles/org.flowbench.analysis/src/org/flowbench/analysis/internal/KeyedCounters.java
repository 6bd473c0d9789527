package org.flowbench.analysis.internal;

import java.util.Arrays;

/**
 * Counters per long key (for example an address pair packed into a long): open addressing over
 * the keys, the counters of each key stored densely in the order keys were first seen. For
 * aggregations whose keys are too many or too sparse for a plain array.
 */
public final class KeyedCounters {

    private final int width;
    private long[] keys;
    private int[] slots; // index+1 into the dense arrays, 0 = empty
    private long[] denseKeys;
    private long[] counters;
    private int size;

    /** @param width counters per key */
    public KeyedCounters(int width) {
        this.width = width;
        keys = new long[1024];
        slots = new int[1024];
        denseKeys = new long[512];
        counters = new long[512 * width];
    }

    private static int hash(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** @return the offset of the key's counters in {@link #counters()}, adding the key if new */
    public int offset(long key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (true) {
            int index = slots[slot];
            if (index == 0) {
                break;
            }
            if (keys[slot] == key) {
                return (index - 1) * width;
            }
            slot = (slot + 1) & mask;
        }
        if (size == denseKeys.length) {
            denseKeys = Arrays.copyOf(denseKeys, size * 2);
            counters = Arrays.copyOf(counters, size * 2 * width);
        }
        denseKeys[size] = key;
        keys[slot] = key;
        slots[slot] = ++size;
        if (size * 2 > keys.length) {
            grow();
        }
        return (size - 1) * width;
    }

    private void grow() {
        int capacity = keys.length * 2;
        long[] k = new long[capacity];
        int[] s = new int[capacity];
        int mask = capacity - 1;
        for (int index = 0; index < size; index++) {
            long key = denseKeys[index];
            int slot = hash(key) & mask;
            while (s[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            k[slot] = key;
            s[slot] = index + 1;
        }
        keys = k;
        slots = s;
    }

    /** @return the counters; offsets from {@link #offset(long)} index into it (fetch again after adding keys) */
    public long[] counters() {
        return counters;
    }

    public int size() {
        return size;
    }

    /** @return the key at dense index {@code index} (0 .. size()-1) */
    public long key(int index) {
        return denseKeys[index];
    }

    public int width() {
        return width;
    }

    /** Adds every counter of {@code other} into this; returns this. */
    public KeyedCounters merge(KeyedCounters other) {
        for (int index = 0; index < other.size; index++) {
            int at = offset(other.denseKeys[index]);
            int from = index * width;
            for (int c = 0; c < width; c++) {
                counters[at + c] += other.counters[from + c];
            }
        }
        return this;
    }
}
