package org.flowbench.geo;

/**
 * A country or territory as the GeoIP data names it.
 *
 * @param id        its index in {@link GeoIp#countries()}, what {@link GeoIp#countryId} returns
 * @param code      ISO 3166-1 alpha-2, upper case, e.g. "DE" (DB-IP uses XK for Kosovo)
 * @param name      the English name, e.g. "Germany"
 * @param latitude  a point inside its main land (where the map labels it and arcs end), NaN when unknown
 * @param longitude in degrees east, NaN when unknown
 */
public record Country(int id, String code, String name, double latitude, double longitude) {

    /** @return whether the country has a point on the map */
    public boolean isPlaced() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
