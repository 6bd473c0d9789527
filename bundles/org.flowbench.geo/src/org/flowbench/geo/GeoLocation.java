package org.flowbench.geo;

/**
 * Where an address is, as far as the data tells.
 *
 * @param addressClass what kind of address it is; only {@link AddressClass#PUBLIC} ones have a country
 * @param country      the country, null when none
 * @param city         the city from a city database, null when none is used or it names none
 * @param latitude     the city's coordinates, else the country's point, else NaN
 * @param longitude    in degrees east, NaN when unknown
 */
public record GeoLocation(AddressClass addressClass, Country country, String city, double latitude, double longitude) {

    /** @return e.g. "Mountain View, United States (US)", "Germany (DE)", "Private (RFC 1918, RFC 4193)" */
    public String describe() {
        if (country == null) {
            return addressClass.label();
        }
        return city != null && !city.isEmpty() ? city + ", " + country : country.toString();
    }
}
