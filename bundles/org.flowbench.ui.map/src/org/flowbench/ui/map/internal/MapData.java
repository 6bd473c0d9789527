package org.flowbench.ui.map.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowbench.analysis.Table;
import org.flowbench.geo.AddressClass;

/**
 * What the map shows, read from the {@code geo-country-pairs} table (source code, source name,
 * destination code, destination name, bytes, packets, flows): bytes per country as source and as
 * destination, bytes per kind of address that has no place (private, unknown, ...), and the pairs
 * of countries with the most bytes, for the arcs.
 */
public final class MapData {

    /** Two countries and the bytes from the first to the second. */
    public record Arc(String from, String to, long bytes) {
    }

    private static final Set<String> KINDS = kindIds();

    private final Map<String, long[]> countries = new HashMap<>();
    private final Map<String, long[]> kinds = new LinkedHashMap<>();
    private final List<Arc> pairs = new ArrayList<>();
    private long totalBytes;

    public static final MapData EMPTY = new MapData();

    private static Set<String> kindIds() {
        Set<String> ids = new java.util.HashSet<>();
        for (AddressClass c : AddressClass.values()) {
            if (c != AddressClass.PUBLIC) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private MapData() {
    }

    public static MapData of(Table pairsTable) {
        MapData d = new MapData();
        for (List<Object> row : pairsTable.rows()) {
            String from = (String) row.get(0);
            String to = (String) row.get(2);
            long bytes = (Long) row.get(4);
            if (from.equals("other")) {
                continue; // only when the query's top N cut the table; the view asks for all pairs
            }
            d.totalBytes += bytes;
            d.add(from, 0, bytes);
            d.add(to, 1, bytes);
            if (!KINDS.contains(from) && !KINDS.contains(to) && !from.equals(to)) {
                d.pairs.add(new Arc(from, to, bytes));
            }
        }
        d.pairs.sort(Comparator.comparingLong(Arc::bytes).reversed());
        return d;
    }

    private void add(String place, int end, long bytes) {
        (KINDS.contains(place) ? kinds : countries).computeIfAbsent(place, k -> new long[2])[end] += bytes;
    }

    /** @return the bytes of all flows */
    public long totalBytes() {
        return totalBytes;
    }

    /** @return the country's bytes on the side: as source, as destination, or both added */
    public long countryBytes(String code, Side side) {
        return value(countries.get(code), side);
    }

    /** @return the country's bytes as source and as destination */
    public long[] countryBytes(String code) {
        long[] v = countries.get(code);
        return v == null ? new long[2] : v.clone();
    }

    /** @return the codes of the countries with traffic */
    public Set<String> countries() {
        return countries.keySet();
    }

    /** @return the bytes on the side of flow ends in a kind of address without a country (a class id such as "private") */
    public long kindBytes(String kind, Side side) {
        return value(kinds.get(kind), side);
    }

    /** @return the bytes on the side of flow ends that lie in countries */
    public long placedBytes(Side side) {
        return countries.values().stream().mapToLong(v -> value(v, side)).sum();
    }

    /** @return the bytes on the side of all flow ends: the total, twice for both sides */
    public long endBytes(Side side) {
        return side == Side.BOTH ? 2 * totalBytes : totalBytes;
    }

    /** @return the country pairs with the most bytes, largest first */
    public List<Arc> topPairs(int n) {
        return pairs.subList(0, Math.min(n, pairs.size()));
    }

    private static long value(long[] v, Side side) {
        if (v == null) {
            return 0;
        }
        return switch (side) {
        case SOURCE -> v[0];
        case DESTINATION -> v[1];
        case BOTH -> v[0] + v[1];
        };
    }
}
