package org.flowbench.geo.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small MaxMind DB files (format 2.0, as MaxMind's specification describes it) for tests:
 * an IPv4 search tree of 24-bit records over a few networks, the data section, the metadata. The
 * reader under test is MaxMind's own, so a file it reads back is a real MaxMind database.
 */
final class MmdbWriter {

    private static final int RECORD_BITS = 24;

    /** A network and its record (values: String, Double, or a nested Map). */
    private record Entry(int network, int prefix, Map<String, Object> record) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final String databaseType;

    MmdbWriter(String databaseType) {
        this.databaseType = databaseType;
    }

    MmdbWriter add(String network, int prefix, Map<String, Object> record) {
        String[] o = network.split("\\.");
        int a = Integer.parseInt(o[0]) << 24 | Integer.parseInt(o[1]) << 16 | Integer.parseInt(o[2]) << 8 | Integer.parseInt(o[3]);
        entries.add(new Entry(a, prefix, record));
        return this;
    }

    void write(Path file) throws IOException {
        // the data section: each record once, remembered by its offset
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int[] offsets = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            offsets[i] = data.size();
            encode(entries.get(i).record(), data);
        }
        // the tree: node 0 is the root; a record holds a node number, nodeCount for "no data", or
        // nodeCount + 16 + data offset
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[] { -1, -1 });
        List<int[]> leaves = new ArrayList<>(); // node, side, entry index
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            int node = 0;
            for (int bit = 0; bit < entry.prefix(); bit++) {
                int side = (entry.network() >>> (31 - bit)) & 1;
                if (bit == entry.prefix() - 1) {
                    leaves.add(new int[] { node, side, e });
                } else {
                    if (nodes.get(node)[side] < 0) {
                        nodes.add(new int[] { -1, -1 });
                        nodes.get(node)[side] = nodes.size() - 1;
                    }
                    node = nodes.get(node)[side];
                }
            }
        }
        int count = nodes.size();
        long[][] records = new long[count][2];
        for (int n = 0; n < count; n++) {
            for (int side = 0; side < 2; side++) {
                records[n][side] = nodes.get(n)[side] >= 0 ? nodes.get(n)[side] : count;
            }
        }
        for (int[] leaf : leaves) {
            records[leaf[0]][leaf[1]] = count + 16L + offsets[leaf[2]];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long[] r : records) {
            for (long v : r) {
                out.write((int) (v >>> 16));
                out.write((int) (v >>> 8));
                out.write((int) v);
            }
        }
        out.write(new byte[16]);
        data.writeTo(out);
        out.write(new byte[] { (byte) 0xAB, (byte) 0xCD, (byte) 0xEF });
        out.write("MaxMind.com".getBytes(StandardCharsets.US_ASCII));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("binary_format_major_version", new Uint(2, 5));
        metadata.put("binary_format_minor_version", new Uint(0, 5));
        metadata.put("build_epoch", new Uint(1_780_000_000L, 9));
        metadata.put("database_type", databaseType);
        metadata.put("description", Map.of("en", "Flowbench test database"));
        metadata.put("ip_version", new Uint(4, 5));
        metadata.put("languages", List.of("en"));
        metadata.put("node_count", new Uint(count, 6));
        metadata.put("record_size", new Uint(RECORD_BITS, 5));
        encode(metadata, out);
        Files.write(file, out.toByteArray());
    }

    /** An unsigned integer field of the format's type 5 (uint16), 6 (uint32) or 9 (uint64). */
    record Uint(long value, int type) {
    }

    private static void encode(Object value, ByteArrayOutputStream out) throws IOException {
        switch (value) {
        case String s -> {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            control(2, b.length, out);
            out.write(b);
        }
        case Double d -> {
            control(3, 8, out);
            out.write(ByteBuffer.allocate(8).putDouble(d).array());
        }
        case Uint u -> {
            byte[] b = ByteBuffer.allocate(8).putLong(u.value()).array();
            int skip = 0;
            while (skip < 8 && b[skip] == 0) {
                skip++;
            }
            if (u.type() > 7) {
                out.write(8 - skip);
                out.write(u.type() - 7); // an extended type
            } else {
                control(u.type(), 8 - skip, out);
            }
            out.write(b, skip, 8 - skip);
        }
        case Map<?, ?> m -> {
            control(7, m.size(), out);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                encode(e.getKey(), out);
                encode(e.getValue(), out);
            }
        }
        case List<?> l -> {
            out.write(l.size());
            out.write(11 - 7); // extended type 11: array
            for (Object o : l) {
                encode(o, out);
            }
        }
        default -> throw new IllegalArgumentException("cannot encode " + value);
        }
    }

    /** A control byte: type in the top three bits, size (below 29 here) in the low five. */
    private static void control(int type, int size, ByteArrayOutputStream out) {
        if (size >= 29) {
            throw new IllegalArgumentException("test values are short: " + size);
        }
        out.write(type << 5 | size);
    }
}
