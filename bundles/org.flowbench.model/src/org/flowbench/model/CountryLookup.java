package org.flowbench.model;

import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the addresses of a country, for the filter primitive {@code country CC}. The model has no
 * geographic data of its own: the GeoIP service (bundle {@code org.flowbench.geo}) installs a lookup
 * here while it runs, so that filters typed anywhere (filter bar, command line) can name countries
 * without the model depending on the GeoIP bundle.
 */
public interface CountryLookup {

    /** @return whether {@code code} (ISO 3166-1 alpha-2, upper case) names a country the lookup knows */
    boolean knows(String code);

    /** @return the ids of those addresses of the dictionary that lie in the country */
    BitSet addressesIn(String code, AddressDictionary addresses);

    /** Makes {@code lookup} the one that country filters use. */
    static void install(CountryLookup lookup) {
        Installed.CURRENT.set(lookup);
    }

    /** Removes {@code lookup} if it is the installed one. */
    static void uninstall(CountryLookup lookup) {
        Installed.CURRENT.compareAndSet(lookup, null);
    }

    /** @return the installed lookup, empty when no GeoIP service runs */
    static Optional<CountryLookup> installed() {
        return Optional.ofNullable(Installed.CURRENT.get());
    }

    /** Holds the installed lookup (an interface has no private fields). */
    final class Installed {
        private static final AtomicReference<CountryLookup> CURRENT = new AtomicReference<>();

        private Installed() {
        }
    }
}
