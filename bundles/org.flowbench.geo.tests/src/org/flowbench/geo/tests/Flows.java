package org.flowbench.geo.tests;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;

/**
 * Hand-made flows between addresses whose countries are known from DB-IP's CSV lines (in
 * data/dbip-country-sample.csv): 3.5.134.7 DE, 2.18.31.9 US, 17.87.142.1 JP, 23.222.12.5 BR,
 * 2001:470:5355::1 FR.
 */
public final class Flows {

    public static final String DE = "3.5.134.7";
    public static final String US = "2.18.31.9";
    public static final String JP = "17.87.142.1";
    public static final String BR = "23.222.12.5";
    public static final String FR_V6 = "2001:470:5355::1";
    public static final String PRIVATE = "10.1.2.3";
    public static final String PRIVATE_V6 = "fd00::5";
    public static final String DOCUMENTATION = "192.0.2.44";

    private final FlowStore store = new FlowStore();
    private long time = 1_000_000;

    public Flows add(String source, String destination, long bytes) {
        FlowRecord r = new FlowRecord().source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        r.startMicros = time;
        r.endMicros = time + 1000;
        r.bytes = bytes;
        r.packets = Math.max(1, bytes / 1000);
        r.protocol = 6;
        r.sourcePort = 40000;
        r.destinationPort = 443;
        store.accept(r);
        time += 1_000_000;
        return this;
    }

    public FlowStore store() {
        return store;
    }
}
