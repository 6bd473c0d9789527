package org.flowbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flowbench.model.FlowFilter.Direction;

/**
 * Reads filter expressions in the style of tcpdump and Wireshark capture filters:
 *
 * <pre>
 * expr      = term { ("or" | "||") term }
 * term      = factor { ["and" | "&&"] factor }        (juxtaposition means "and")
 * factor    = ("not" | "!") factor | "(" expr ")" | primitive
 * primitive = [ "src" | "dst" ] ( "host" ADDRESS | "net" CIDR | "port" N | "portrange" N-M | "country" CC )
 *           | "proto" NAME-OR-NUMBER | "tcp" | "udp" | "icmp" | "icmp6"
 *           | ADDRESS | CIDR                          (a bare address or block: host or net)
 * </pre>
 */
final class FlowFilterParser {

    private final String text;
    private final List<String> tokens;
    private int position;

    private FlowFilterParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    static FlowFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return FlowFilter.ALL;
        }
        FlowFilterParser p = new FlowFilterParser(text);
        FlowFilter f = p.expression();
        if (p.position < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.position) + "'");
        }
        return f;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '!') {
                out.add(String.valueOf(c));
                i++;
            } else if ((c == '&' || c == '|') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                out.add(c == '&' ? "and" : "or");
                i += 2;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()!".indexOf(text.charAt(i)) < 0
                        && !text.startsWith("&&", i) && !text.startsWith("||", i)) {
                    i++;
                }
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    private FlowFilter expression() {
        List<FlowFilter> alternatives = new ArrayList<>();
        alternatives.add(term());
        while (accept("or")) {
            alternatives.add(term());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new FlowFilter.Or(alternatives);
    }

    private FlowFilter term() {
        List<FlowFilter> all = new ArrayList<>();
        all.add(factor());
        while (position < tokens.size() && !peekIs("or") && !peekIs(")")) {
            accept("and");
            all.add(factor());
        }
        return all.size() == 1 ? all.get(0) : new FlowFilter.And(all);
    }

    private FlowFilter factor() {
        if (accept("not") || accept("!")) {
            return new FlowFilter.Not(factor());
        }
        if (accept("(")) {
            FlowFilter inner = expression();
            if (!accept(")")) {
                throw error("missing ')'");
            }
            return inner;
        }
        return primitive();
    }

    private FlowFilter primitive() {
        Direction direction = Direction.EITHER;
        if (accept("src")) {
            direction = Direction.SOURCE;
        } else if (accept("dst")) {
            direction = Direction.DESTINATION;
        }
        String word = next("a filter primitive such as host, net, port or proto");
        try {
            switch (word.toLowerCase(Locale.ROOT)) {
            case "host":
                return new FlowFilter.Host(direction, IpAddress.parse(next("an address after 'host'")));
            case "net":
                return new FlowFilter.Net(direction, IpPrefix.parse(next("a CIDR block after 'net'")));
            case "country":
                return country(direction, next("a two-letter country code after 'country'"));
            case "port": {
                int port = port(next("a port number after 'port'"));
                return new FlowFilter.Port(direction, port, port);
            }
            case "portrange": {
                String range = next("a range N-M after 'portrange'");
                int dash = range.indexOf('-');
                if (dash < 0) {
                    throw error("a port range is written N-M, not '" + range + "'");
                }
                return new FlowFilter.Port(direction, port(range.substring(0, dash)), port(range.substring(dash + 1)));
            }
            default:
                break;
            }
            if (direction == Direction.EITHER) {
                switch (word.toLowerCase(Locale.ROOT)) {
                case "proto":
                    return new FlowFilter.Protocol(Protocols.parse(next("a protocol after 'proto'")));
                case "tcp":
                    return new FlowFilter.Protocol(Protocols.TCP);
                case "udp":
                    return new FlowFilter.Protocol(Protocols.UDP);
                case "icmp":
                    return new FlowFilter.Protocol(Protocols.ICMP);
                case "icmp6":
                case "icmpv6":
                    return new FlowFilter.Protocol(Protocols.ICMPV6);
                default:
                    break;
                }
            } else if (List.of("proto", "tcp", "udp", "icmp", "icmp6", "icmpv6").contains(word.toLowerCase(Locale.ROOT))) {
                throw error("'src' and 'dst' go with host, net, port or portrange, not with '" + word + "'");
            }
            if (word.indexOf('/') >= 0) {
                return new FlowFilter.Net(direction, IpPrefix.parse(word));
            }
            // every address literal has a '.' or a ':'; other words ("foo", "dead") are no addresses
            if (word.indexOf('.') >= 0 || word.indexOf(':') >= 0) {
                return new FlowFilter.Host(direction, IpAddress.parse(word));
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof FilterSyntaxException) {
                throw e;
            }
            throw error(e.getMessage());
        }
        throw error("unknown filter word '" + word + "'");
    }

    /** A country the installed lookup does not know is an error now rather than an empty result later. */
    private FlowFilter country(Direction direction, String code) {
        FlowFilter.Country country = new FlowFilter.Country(direction, code);
        CountryLookup.installed().ifPresent(lookup -> {
            if (!lookup.knows(country.code())) {
                throw error("'" + code + "' is not a country code the GeoIP data knows");
            }
        });
        return country;
    }

    private int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("'" + text + "' is not a port number (0..65535)");
    }

    private boolean peekIs(String token) {
        return position < tokens.size() && tokens.get(position).equalsIgnoreCase(token);
    }

    private boolean accept(String token) {
        if (peekIs(token)) {
            position++;
            return true;
        }
        return false;
    }

    private String next(String expected) {
        if (position >= tokens.size()) {
            throw error("expected " + expected + " at the end");
        }
        return tokens.get(position++);
    }

    private FilterSyntaxException error(String message) {
        return new FilterSyntaxException("filter '" + text + "': " + message);
    }

    /** A filter text that is not a filter; the message quotes the text and says what is wrong. */
    static final class FilterSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FilterSyntaxException(String message) {
            super(message);
        }
    }
}
