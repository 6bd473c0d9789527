package org.flowbench.cli.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** HOST:PORT, [IPv6]:PORT or PORT (loopback) on the command line, as numeric addresses only. */
final class Endpoints {

    private Endpoints() {
    }

    static InetSocketAddress parse(String text, String what) {
        String t = text.trim();
        String host;
        String port;
        int colon = t.lastIndexOf(':');
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0 || colon < close) {
                throw new IllegalArgumentException(what + " '" + text + "' is not [IPv6]:PORT");
            }
            host = t.substring(1, close);
            port = t.substring(close + 2);
        } else if (colon < 0) {
            host = null;
            port = t;
        } else if (t.indexOf(':') != colon) {
            throw new IllegalArgumentException(what + " '" + text + "': write an IPv6 address as [address]:PORT");
        } else {
            host = t.substring(0, colon);
            port = t.substring(colon + 1);
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' has no port number");
        }
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException(what + " '" + text + "': port " + p + " is not in 0..65535");
        }
        if (host == null) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), p);
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException(what + " '" + text + "': give a numeric address (no name lookups)");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), p);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(what + " '" + text + "': " + e.getMessage());
        }
    }
}
