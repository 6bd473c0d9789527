package org.flowbench.geo;

import java.util.Locale;

/**
 * What kind of address a lookup found. Public addresses have a country (or are
 * {@link #UNKNOWN} when the data has none); the others are classified from the IANA
 * special-purpose registries, never looked up or guessed.
 */
public enum AddressClass {
    /** A public address with a country. */
    PUBLIC("public", "Public"),
    /** A public address the GeoIP data places nowhere. */
    UNKNOWN("unknown", "Unknown (no GeoIP data)"),
    /** RFC 1918 (10/8, 172.16/12, 192.168/16) and RFC 4193 unique local (fc00::/7). */
    PRIVATE("private", "Private (RFC 1918, RFC 4193)"),
    /** 127/8 and ::1. */
    LOOPBACK("loopback", "Loopback"),
    /** 169.254/16 and fe80::/10. */
    LINK_LOCAL("link-local", "Link-local"),
    /** The shared address space of carrier-grade NAT, 100.64/10 (RFC 6598). */
    CGNAT("cgnat", "Carrier-grade NAT (RFC 6598)"),
    /** 224/4 and ff00::/8. */
    MULTICAST("multicast", "Multicast"),
    /** 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737), 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637). */
    DOCUMENTATION("documentation", "Documentation (RFC 5737, RFC 3849, RFC 9637)"),
    /** 0.0.0.0 and ::. */
    UNSPECIFIED("unspecified", "Unspecified"),
    /** Other special-purpose space: 0/8, 192.0.0/24, 198.18/15 (benchmarking), 240/4 and the broadcast address. */
    RESERVED("reserved", "Reserved");

    private final String id;
    private final String label;

    AddressClass(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the short name used in analysis results and on the command line, e.g. "private" */
    public String id() {
        return id;
    }

    /** @return e.g. "Private (RFC 1918, RFC 4193)" */
    public String label() {
        return label;
    }

    /** @return the negative number that {@link GeoIp#countryId} returns for this class; not for {@link #PUBLIC} */
    public int countryId() {
        if (this == PUBLIC) {
            throw new IllegalStateException("public addresses have a country id of their own");
        }
        return -ordinal();
    }

    /** @return the class of a result of {@link GeoIp#countryId}: {@link #PUBLIC} for country ids (0 and up) */
    public static AddressClass ofCountryId(int countryId) {
        return countryId >= 0 ? PUBLIC : values()[-countryId];
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
