package org.flowbench.geo.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * IP ranges to country codes, as {@code releng/geo/dbip-country.mjs} writes them: the ranges cover
 * the whole IPv4 and IPv6 spaces in order, each given by its first address, so the range of an
 * address is the last one that starts at or below it.
 * <p>
 * IPv4 lookups are what analyses do millions of times, so they go through an index by the top 16
 * bits: it gives the few ranges that can hold the address, and a short binary search among them
 * finds it, about two cache misses in all.
 */
public final class RangeTable {

    /** The country index of ranges the data has no country for. */
    public static final int NO_DATA = 255;

    private final String source;
    private final List<String> codes;
    /** First addresses of the IPv4 ranges, with the sign bit flipped so that signed order is address order. */
    private final int[] v4Starts;
    private final byte[] v4Countries;
    /** For each value of the top 16 bits, the range holding its first address; one more at the end. */
    private final int[] v4Index;
    private final long[] v6StartHighs;
    private final long[] v6StartLows;
    private final byte[] v6Countries;

    private RangeTable(String source, List<String> codes, int[] v4Starts, byte[] v4Countries, long[] v6StartHighs,
            long[] v6StartLows, byte[] v6Countries) {
        this.source = source;
        this.codes = codes;
        this.v4Starts = v4Starts;
        this.v4Countries = v4Countries;
        this.v6StartHighs = v6StartHighs;
        this.v6StartLows = v6StartLows;
        this.v6Countries = v6Countries;
        this.v4Index = new int[(1 << 16) + 1];
        for (int top = 0; top < 1 << 16; top++) {
            v4Index[top] = lastStartAtOrBelow(top << 16 ^ Integer.MIN_VALUE, 0, v4Starts.length - 1);
        }
        v4Index[1 << 16] = v4Starts.length - 1;
    }

    /** Reads the gzip'd table. */
    public static RangeTable read(InputStream gzip) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzip, 1 << 16), 1 << 16));
        if (!"FBGEO1".equals(new String(in.readNBytes(6), StandardCharsets.US_ASCII))) {
            throw new IOException("not a Flowbench GeoIP table (FBGEO1)");
        }
        String source = in.readUTF();
        String[] codes = new String[in.readUnsignedShort()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = new String(in.readNBytes(2), StandardCharsets.US_ASCII);
        }
        int n4 = in.readInt();
        int[] starts = new int[n4];
        byte[] countries4 = new byte[n4];
        long address = 0;
        for (int i = 0; i < n4; i++) {
            address += Varints.readLong(in);
            starts[i] = (int) address ^ Integer.MIN_VALUE;
            countries4[i] = in.readByte();
        }
        int n6 = in.readInt();
        long[] highs = new long[n6];
        long[] lows = new long[n6];
        byte[] countries6 = new byte[n6];
        long high = 0;
        for (int i = 0; i < n6; i++) {
            high += Varints.readLong(in);
            highs[i] = high;
            lows[i] = Varints.readLong(in);
            countries6[i] = in.readByte();
        }
        if (n4 == 0 || starts[0] != Integer.MIN_VALUE || n6 == 0 || highs[0] != 0 || lows[0] != 0) {
            throw new IOException("the GeoIP table does not start at the first address");
        }
        return new RangeTable(source, List.of(codes), starts, countries4, highs, lows, countries6);
    }

    /** @return what the data is, with its attribution */
    public String source() {
        return source;
    }

    /** @return the ISO codes; a lookup's result indexes this list */
    public List<String> codes() {
        return codes;
    }

    /** @return the index in {@link #codes()} of the IPv4 address's country, or {@link #NO_DATA} */
    public int lookupV4(int address) {
        int key = address ^ Integer.MIN_VALUE;
        int top = address >>> 16;
        return v4Countries[lastStartAtOrBelow(key, v4Index[top], v4Index[top + 1])] & 0xFF;
    }

    /** @return the last range in {@code [lo, hi]} whose (flipped) start is at most {@code key}; lo's start always is */
    private int lastStartAtOrBelow(int key, int lo, int hi) {
        int[] s = v4Starts;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return the index in {@link #codes()} of the IPv6 address's country, or {@link #NO_DATA} */
    public int lookupV6(long high, long low) {
        int lo = 0;
        int hi = v6StartHighs.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int c = Long.compareUnsigned(v6StartHighs[mid], high);
            if (c < 0 || (c == 0 && Long.compareUnsigned(v6StartLows[mid], low) <= 0)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return v6Countries[lo] & 0xFF;
    }

    /** @return how many IPv4 and IPv6 ranges the table holds, for the record */
    public int[] rangeCounts() {
        return new int[] { v4Starts.length, v6StartHighs.length };
    }

    @Override
    public String toString() {
        return source + " " + Arrays.toString(rangeCounts());
    }
}
