package org.flowbench.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.IpAddress;

/**
 * Where IPv4 and IPv6 addresses are in the world, offline. Built on DB-IP's IP to Country Lite data
 * shipped in this bundle (CC BY 4.0, "IP Geolocation by DB-IP"); optionally refined by city-level
 * MaxMind-format databases (DB-IP City Lite, GeoLite2 City) that give the city and its coordinates.
 * Special-purpose addresses (private, loopback, ...) are classified, never looked up. Available as
 * an OSGi service; thread-safe.
 */
public interface GeoIp {

    /** The system property with city databases to use from the start, separated by the path separator. */
    String CITY_DATABASES_PROPERTY = "flowbench.geo.cityDatabases";

    /** @return every country the data knows, in a fixed order: {@link Country#id()} is the index */
    List<Country> countries();

    /** @return the country with this ISO alpha-2 code (any case) */
    Optional<Country> country(String code);

    /**
     * The fast path, for loops over many addresses: at least 10 million IPv4 lookups a second on one
     * core with the built-in data.
     *
     * @return the country's {@link Country#id()} (0 and up), or for an address without a country
     *         the negative {@link AddressClass#countryId()} of its class
     */
    int countryId(long high, long low);

    default int countryId(IpAddress address) {
        return countryId(address.high(), address.low());
    }

    /**
     * @return {@link #countryId} of every address of the dictionary, indexed by address id; computed
     *         once per dictionary (and extended as it grows), so views that run again cost nothing.
     *         The array is shared: read it, do not change it
     */
    int[] countryIds(AddressDictionary addresses);

    /** @return the class, country and coordinates (city-level when a city database knows the address) */
    GeoLocation locate(IpAddress address);

    /** @return the data in use, with the attribution its license asks for, e.g. "IP Geolocation by DB-IP: ..." */
    String dataDescription();

    /**
     * Uses these MaxMind-format city databases from now on (an empty list: the built-in country
     * data alone). The databases answer in the given order; for addresses none of them knows, the
     * built-in data answers.
     *
     * @throws IOException when a file cannot be read as a MaxMind database; the databases in use stay
     */
    void useCityDatabases(List<Path> files) throws IOException;

    /** @return the city databases in use */
    List<Path> cityDatabases();

    /** Tells the listener when the data changes (other city databases); any thread. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}
