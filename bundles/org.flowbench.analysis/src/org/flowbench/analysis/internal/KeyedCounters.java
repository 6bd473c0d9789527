package org.flowbench.analysis.internal;

import java.util.Arrays;

/**
 * Counters per long key (for example an address pair packed into a long), for aggregations whose
 * keys are too many or too sparse for a plain array. Open addressing with each key stored next to
 * its counters, so that adding to a key touches one place in memory; the order in which keys were
 * first seen is kept for iteration ({@link #key(int)}, {@link #offsetAt(int)}).
 */
public final class KeyedCounters {

    /** Marks a free slot; a real key of this value lives in the extra entry after the table. */
    private static final long EMPTY = Long.MIN_VALUE;

    private final int width;
    private final int stride;
    private int capacity; // slots, a power of two
    private long[] table; // per slot: key, then width counters; one extra entry at the end for EMPTY as a key
    private int[] order; // slots in the order their keys were first seen
    private int size;

    /** @param width counters per key */
    public KeyedCounters(int width) {
        this(width, 512);
    }

    /**
     * @param width        counters per key
     * @param expectedKeys how many keys to make room for at once
     */
    public KeyedCounters(int width, int expectedKeys) {
        this.width = width;
        this.stride = width + 1;
        capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        table = newTable(capacity);
        order = new int[Math.max(16, expectedKeys)];
    }

    private long[] newTable(int slots) {
        long[] t = new long[(slots + 1) * stride];
        for (int s = 0; s < slots; s++) {
            t[s * stride] = EMPTY;
        }
        return t;
    }

    private static int hash(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** @return the offset of the key's first counter in {@link #counters()}, adding the key if new */
    public int offset(long key) {
        int slot;
        if (key == EMPTY) {
            slot = capacity;
            if (!contains(slot)) {
                remember(slot);
            }
            return slot * stride + 1;
        }
        int mask = capacity - 1;
        slot = hash(key) & mask;
        while (true) {
            long k = table[slot * stride];
            if (k == key) {
                return slot * stride + 1;
            }
            if (k == EMPTY) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        table[slot * stride] = key;
        remember(slot);
        if (size * 2 > capacity) {
            grow();
            return find(key);
        }
        return slot * stride + 1;
    }

    private boolean contains(int extraSlot) {
        for (int i = 0; i < size; i++) {
            if (order[i] == extraSlot) {
                return true;
            }
        }
        return false;
    }

    private void remember(int slot) {
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = slot;
    }

    private int find(long key) {
        int mask = capacity - 1;
        int slot = hash(key) & mask;
        while (table[slot * stride] != key) {
            slot = (slot + 1) & mask;
        }
        return slot * stride + 1;
    }

    private void grow() {
        int newCapacity = capacity * 2;
        long[] t = newTable(newCapacity);
        int mask = newCapacity - 1;
        for (int i = 0; i < size; i++) {
            int from = order[i];
            int to;
            if (from == capacity) {
                to = newCapacity; // the extra entry moves to the new end
            } else {
                long key = table[from * stride];
                to = hash(key) & mask;
                while (t[to * stride] != EMPTY) {
                    to = (to + 1) & mask;
                }
            }
            System.arraycopy(table, from * stride, t, to * stride, stride);
            order[i] = to;
        }
        table = t;
        capacity = newCapacity;
    }

    /** @return the counters; offsets from {@link #offset(long)} index into it (fetch again after adding keys) */
    public long[] counters() {
        return table;
    }

    public int size() {
        return size;
    }

    /** @return the key first seen as the {@code index}-th (0 .. size()-1) */
    public long key(int index) {
        int slot = order[index];
        return slot == capacity ? EMPTY : table[slot * stride];
    }

    /** @return the offset in {@link #counters()} of the first counter of the {@code index}-th key */
    public int offsetAt(int index) {
        return order[index] * stride + 1;
    }

    public int width() {
        return width;
    }

    /** Adds every counter of {@code other} into this; returns this. */
    public KeyedCounters merge(KeyedCounters other) {
        for (int index = 0; index < other.size; index++) {
            int from = other.offsetAt(index);
            int at = offset(other.key(index));
            for (int c = 0; c < width; c++) {
                table[at + c] += other.table[from + c];
            }
        }
        return this;
    }
}
