package org.flowbench.ui.tables.internal.sort;

import java.util.Arrays;

/** A growable list of ints in one array: row positions without an object per row. */
public final class IntList {

    private int[] values;
    private int size;

    public IntList(int capacity) {
        values = new int[Math.max(16, capacity)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L));
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    /** @return the values, in an array of exactly their number */
    public int[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }
}
