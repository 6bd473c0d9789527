package org.flowbench.model;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which flows an analysis looks at: by address, CIDR block, port, protocol, and combinations.
 * Filters are values; {@link #bind(FlowSnapshot)} turns one into a fast {@link RowPredicate} for a
 * store, and {@link #toString()} writes it back in the syntax {@link FlowFilterParser} reads,
 * which follows tcpdump's: {@code src net 10.0.0.0/8 and dst port 443 and not proto udp}.
 */
public sealed interface FlowFilter {

    /** Which endpoint of a flow a primitive looks at. */
    enum Direction {
        SOURCE("src "), DESTINATION("dst "), EITHER("");

        private final String keyword;

        Direction(String keyword) {
            this.keyword = keyword;
        }

        String keyword() {
            return keyword;
        }
    }

    /** Every flow. */
    FlowFilter ALL = new All();

    RowPredicate bind(FlowSnapshot snapshot);

    /** @return a filter from the tcpdump-like text; an empty text means {@link #ALL} */
    static FlowFilter parse(String text) {
        return FlowFilterParser.parse(text);
    }

    default FlowFilter and(FlowFilter other) {
        if (this == ALL) {
            return other;
        }
        return other == ALL ? this : new And(List.of(this, other));
    }

    record All() implements FlowFilter {
        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            return RowPredicate.ALL;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    record Host(Direction direction, IpAddress address) implements FlowFilter {
        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            int id = snapshot.addresses().lookup(address);
            if (id < 0) {
                return (s, i) -> false;
            }
            return switch (direction) {
            case SOURCE -> (s, i) -> s.source(i) == id;
            case DESTINATION -> (s, i) -> s.destination(i) == id;
            case EITHER -> (s, i) -> s.source(i) == id || s.destination(i) == id;
            };
        }

        @Override
        public String toString() {
            return direction.keyword() + "host " + address;
        }
    }

    record Net(Direction direction, IpPrefix prefix) implements FlowFilter {
        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            // Decide once per address id, then a row costs one bit lookup per endpoint.
            AddressDictionary d = snapshot.addresses();
            int n = d.size();
            BitSet inside = new BitSet(n);
            for (int id = 0; id < n; id++) {
                if (prefix.contains(d.high(id), d.low(id))) {
                    inside.set(id);
                }
            }
            return switch (direction) {
            case SOURCE -> (s, i) -> inside.get(s.source(i));
            case DESTINATION -> (s, i) -> inside.get(s.destination(i));
            case EITHER -> (s, i) -> inside.get(s.source(i)) || inside.get(s.destination(i));
            };
        }

        @Override
        public String toString() {
            return direction.keyword() + "net " + prefix;
        }
    }

    /**
     * The addresses of a country by its ISO 3166-1 alpha-2 code, as the installed
     * {@link CountryLookup} (the GeoIP service) places them.
     */
    record Country(Direction direction, String code) implements FlowFilter {
        public Country {
            if (code == null || !code.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("a country is named by its two-letter ISO code, not '" + code + "'");
            }
            code = code.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            CountryLookup lookup = CountryLookup.installed().orElseThrow(() -> new IllegalStateException(
                    "the filter '" + this + "' needs the GeoIP service (bundle org.flowbench.geo), which is not running"));
            BitSet inside = lookup.addressesIn(code, snapshot.addresses());
            return switch (direction) {
            case SOURCE -> (s, i) -> inside.get(s.source(i));
            case DESTINATION -> (s, i) -> inside.get(s.destination(i));
            case EITHER -> (s, i) -> inside.get(s.source(i)) || inside.get(s.destination(i));
            };
        }

        @Override
        public String toString() {
            return direction.keyword() + "country " + code;
        }
    }

    /** Ports {@code low..high}, both included. */
    record Port(Direction direction, int low, int high) implements FlowFilter {
        public Port {
            if (low < 0 || high > 65535 || low > high) {
                throw new IllegalArgumentException("not a port range: " + low + "-" + high);
            }
        }

        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            int lo = low;
            int hi = high;
            return switch (direction) {
            case SOURCE -> (s, i) -> inRange(s.sourcePort(i), lo, hi);
            case DESTINATION -> (s, i) -> inRange(s.destinationPort(i), lo, hi);
            case EITHER -> (s, i) -> inRange(s.sourcePort(i), lo, hi) || inRange(s.destinationPort(i), lo, hi);
            };
        }

        private static boolean inRange(int port, int lo, int hi) {
            return port >= lo && port <= hi;
        }

        @Override
        public String toString() {
            return direction.keyword() + (low == high ? "port " + low : "portrange " + low + "-" + high);
        }
    }

    record Protocol(int number) implements FlowFilter {
        public Protocol {
            if (number < 0 || number > 255) {
                throw new IllegalArgumentException("protocol number " + number + " is not in 0..255");
            }
        }

        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            int p = number;
            return (s, i) -> s.protocol(i) == p;
        }

        @Override
        public String toString() {
            return "proto " + Protocols.name(number).toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Not(FlowFilter operand) implements FlowFilter {
        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            RowPredicate p = operand.bind(snapshot);
            return (s, i) -> !p.test(s, i);
        }

        @Override
        public String toString() {
            return "not " + group(operand);
        }
    }

    record And(List<FlowFilter> operands) implements FlowFilter {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            RowPredicate[] ps = operands.stream().map(f -> f.bind(snapshot)).toArray(RowPredicate[]::new);
            return (s, i) -> {
                for (RowPredicate p : ps) {
                    if (!p.test(s, i)) {
                        return false;
                    }
                }
                return true;
            };
        }

        @Override
        public String toString() {
            return operands.stream().map(FlowFilter::group).collect(Collectors.joining(" and "));
        }
    }

    record Or(List<FlowFilter> operands) implements FlowFilter {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public RowPredicate bind(FlowSnapshot snapshot) {
            RowPredicate[] ps = operands.stream().map(f -> f.bind(snapshot)).toArray(RowPredicate[]::new);
            return (s, i) -> {
                for (RowPredicate p : ps) {
                    if (p.test(s, i)) {
                        return true;
                    }
                }
                return false;
            };
        }

        @Override
        public String toString() {
            return operands.stream().map(FlowFilter::group).collect(Collectors.joining(" or "));
        }
    }

    /** Puts parentheses around combinations so that the text reads back to the same filter. */
    private static String group(FlowFilter f) {
        return f instanceof And || f instanceof Or ? "(" + f + ")" : f.toString();
    }
}
