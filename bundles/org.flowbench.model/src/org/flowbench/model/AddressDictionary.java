package org.flowbench.model;

import java.util.Arrays;

/**
 * Interns IP addresses to dense int ids (0, 1, 2, ...), so that the store keeps 4 bytes per
 * address column entry and an analysis like "bytes by source" is an accumulation into an array
 * indexed by id rather than a hash map of address objects.
 * <p>
 * One thread writes ({@link #intern}); any number of threads read ids that they learned from rows
 * the store has published, which is safe because an address is interned before its row is
 * published. {@link #lookup} from another thread sees at least every address of the published rows.
 */
public final class AddressDictionary {

    private static final int EMPTY = -1;

    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private volatile int[] table = newTable(2048);
    /** Written after the arrays hold the new address, so a reader that sees a size sees its addresses. */
    private volatile int size;

    private static int[] newTable(int capacity) {
        int[] t = new int[capacity];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static int hash(long high, long low) {
        long h = low * 0x9E37_79B9_7F4A_7C15L + high * 0xC2B2_AE3D_27D4_EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    /** @return the id of the address, giving it the next free id when it is new */
    public int intern(long high, long low) {
        int[] t = table;
        int mask = t.length - 1;
        int slot = hash(high, low) & mask;
        while (true) {
            int id = t[slot];
            if (id == EMPTY) {
                break;
            }
            if (lows[id] == low && highs[id] == high) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = size;
        if (id == lows.length) {
            int capacity = lows.length * 2;
            highs = Arrays.copyOf(highs, capacity);
            lows = Arrays.copyOf(lows, capacity);
        }
        highs[id] = high;
        lows[id] = low;
        size = id + 1;
        t[slot] = id;
        if (size * 2 > t.length) {
            rehash(t.length * 2);
        }
        return id;
    }

    private void rehash(int capacity) {
        int[] t = newTable(capacity);
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(highs[id], lows[id]) & mask;
            while (t[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id;
        }
        table = t;
    }

    /** @return the id of the address, or -1 when it is not in the dictionary */
    public int lookup(long high, long low) {
        int[] t = table;
        long[] hs = highs;
        long[] ls = lows;
        int mask = t.length - 1;
        int slot = hash(high, low) & mask;
        for (int probes = 0; probes < t.length; probes++) {
            int id = t[slot];
            if (id == EMPTY) {
                return -1;
            }
            // a writer may have grown the arrays: highs and lows can be of different generations
            if (id < ls.length && id < hs.length && ls[id] == low && hs[id] == high) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public int lookup(IpAddress address) {
        return lookup(address.high(), address.low());
    }

    /** @return how many addresses have ids; ids are 0 .. size()-1 */
    public int size() {
        return size;
    }

    public long high(int id) {
        return highs[id];
    }

    public long low(int id) {
        return lows[id];
    }

    public IpAddress address(int id) {
        return IpAddress.of(highs[id], lows[id]);
    }

    /** @return the address as text, as {@link IpAddress#toString()} */
    public String format(int id) {
        return IpAddress.format(highs[id], lows[id]);
    }

    /** @return the bytes of memory the dictionary holds */
    public long memoryBytes() {
        return 16L * lows.length + 4L * table.length;
    }
}
