package org.flowbench.geo.internal.analyses;

import java.util.List;

import org.flowbench.geo.AddressClass;
import org.flowbench.geo.Country;
import org.flowbench.geo.GeoIp;
import org.flowbench.model.AddressDictionary;

/**
 * Where the endpoints of flows are, as dense indexes for accumulator arrays: the countries first
 * (index = country id), then one index per kind of address without a country (unknown, private,
 * loopback, ...). Row loops then index arrays, never hash maps.
 */
final class Places {

    private final List<Country> countries;
    private final int[] placeOfAddress;

    Places(GeoIp geo, AddressDictionary addresses) {
        this.countries = geo.countries();
        int[] ids = geo.countryIds(addresses);
        placeOfAddress = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            placeOfAddress[i] = ids[i] >= 0 ? ids[i] : countries.size() - 1 - ids[i];
        }
    }

    /** @return how many places there are: countries and kinds */
    int count() {
        return countries.size() + AddressClass.values().length;
    }

    /** @return the place of an address id */
    int of(int address) {
        return placeOfAddress[address];
    }

    /** @return the country's code, or the kind's id ("private", "unknown", ...) */
    String code(int place) {
        return place < countries.size() ? countries.get(place).code() : kind(place).id();
    }

    /** @return the country's English name, or the kind's description */
    String name(int place) {
        return place < countries.size() ? countries.get(place).name() : kind(place).label();
    }

    private AddressClass kind(int place) {
        return AddressClass.values()[place - countries.size() + 1];
    }
}
