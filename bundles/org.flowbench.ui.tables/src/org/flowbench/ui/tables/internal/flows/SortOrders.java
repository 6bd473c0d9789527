package org.flowbench.ui.tables.internal.flows;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.IndexSort;
import org.flowbench.model.Protocols;

/**
 * The orders of the columns whose cells are not numbers: addresses by value (the dictionary's ids
 * are in order of first appearance), protocols by the name shown.
 */
final class SortOrders {

    private final AddressDictionary addresses;
    private int[] addressRanks;
    private final int[] protocolRanks = new int[256];

    SortOrders(AddressDictionary addresses) {
        this.addresses = addresses;
        Integer[] protocols = new Integer[256];
        for (int p = 0; p < 256; p++) {
            protocols[p] = p;
        }
        // names first (alphabetically), then the unnamed numbers in numeric order
        Arrays.sort(protocols, (a, b) -> {
            String na = Protocols.name(a);
            String nb = Protocols.name(b);
            boolean numberA = Character.isDigit(na.charAt(0));
            boolean numberB = Character.isDigit(nb.charAt(0));
            return numberA != numberB ? (numberA ? 1 : -1) : numberA ? Integer.compare(a, b) : na.compareToIgnoreCase(nb);
        });
        for (int r = 0; r < 256; r++) {
            protocolRanks[protocols[r]] = r;
        }
    }

    /** Ranks the addresses known so far by value; needed before {@link #addressRank}. */
    void rankAddresses(int ids, BooleanSupplier canceled) {
        int[] order = new int[ids];
        long[] keys = new long[ids];
        for (int id = 0; id < ids; id++) {
            order[id] = id;
            keys[id] = IndexSort.unsigned(addresses.low(id));
        }
        IndexSort.sort(order, keys, false, canceled);
        for (int r = 0; r < ids; r++) {
            keys[r] = IndexSort.unsigned(addresses.high(order[r]));
        }
        IndexSort.sort(order, keys, false, canceled);
        addressRanks = new int[ids];
        for (int r = 0; r < ids; r++) {
            addressRanks[order[r]] = r;
        }
    }

    int addressRank(int id) {
        return addressRanks[id];
    }

    int protocolRank(int protocol) {
        return protocolRanks[protocol];
    }
}
