package org.flowbench.geo;

import org.flowbench.model.IpAddress;

/**
 * Classifies the special-purpose address blocks (IANA's IPv4 and IPv6 special-purpose registries),
 * so that they are never looked up in GeoIP data. Everything else is {@link AddressClass#PUBLIC}.
 */
public final class SpecialRanges {

    private SpecialRanges() {
    }

    public static AddressClass classify(IpAddress address) {
        return classify(address.high(), address.low());
    }

    /** @param high the upper 64 bits, {@code low} the lower, with IPv4 mapped as in {@link IpAddress} */
    public static AddressClass classify(long high, long low) {
        return IpAddress.isV4(high, low) ? classifyV4((int) low) : classifyV6(high, low);
    }

    /** @param a an IPv4 address in network order */
    public static AddressClass classifyV4(int a) {
        // one switch on the first octet settles most addresses: this runs for every lookup
        switch (a >>> 24) {
        case 0:
            return a == 0 ? AddressClass.UNSPECIFIED : AddressClass.RESERVED;
        case 10:
            return AddressClass.PRIVATE;
        case 100:
            return (a & 0xFFC0_0000) == 0x6440_0000 ? AddressClass.CGNAT : AddressClass.PUBLIC;
        case 127:
            return AddressClass.LOOPBACK;
        case 169:
            return (a & 0xFFFF_0000) == 0xA9FE_0000 ? AddressClass.LINK_LOCAL : AddressClass.PUBLIC;
        case 172:
            return (a & 0xFFF0_0000) == 0xAC10_0000 ? AddressClass.PRIVATE : AddressClass.PUBLIC;
        case 192:
            return classify192(a);
        case 198:
            if ((a & 0xFFFE_0000) == 0xC612_0000) {
                return AddressClass.RESERVED; // 198.18.0.0/15, benchmarking
            }
            return (a & 0xFFFF_FF00) == 0xC633_6400 ? AddressClass.DOCUMENTATION : AddressClass.PUBLIC;
        case 203:
            return (a & 0xFFFF_FF00) == 0xCB00_7100 ? AddressClass.DOCUMENTATION : AddressClass.PUBLIC;
        default:
            int first = a >>> 24;
            if (first >= 240) {
                return AddressClass.RESERVED;
            }
            return first >= 224 ? AddressClass.MULTICAST : AddressClass.PUBLIC;
        }
    }

    private static AddressClass classify192(int a) {
        if ((a & 0xFFFF_0000) == 0xC0A8_0000) {
            return AddressClass.PRIVATE;
        }
        int slash24 = a & 0xFFFF_FF00;
        if (slash24 == 0xC000_0200) {
            return AddressClass.DOCUMENTATION;
        }
        return slash24 == 0xC000_0000 ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(long high, long low) {
        if (high == 0) {
            if (low == 0) {
                return AddressClass.UNSPECIFIED;
            }
            if (low == 1) {
                return AddressClass.LOOPBACK;
            }
        }
        int top16 = (int) (high >>> 48);
        if ((top16 & 0xFE00) == 0xFC00) {
            return AddressClass.PRIVATE;
        }
        if ((top16 & 0xFFC0) == 0xFE80) {
            return AddressClass.LINK_LOCAL;
        }
        if ((top16 & 0xFF00) == 0xFF00) {
            return AddressClass.MULTICAST;
        }
        if (high >>> 32 == 0x2001_0DB8L || (high >>> 44) == 0x3FFF0L) {
            return AddressClass.DOCUMENTATION;
        }
        return AddressClass.PUBLIC;
    }
}
