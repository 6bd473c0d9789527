package org.flowbench.analysis.internal.builtin;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.internal.SegmentScan;
import org.flowbench.analysis.internal.TopN;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.Progress;
import org.flowbench.model.Protocols;

/**
 * Bytes, packets and flows per protocol, or per protocol and service port. The service port of a
 * TCP, UDP or SCTP flow is the lower of its two ports, the usual sign of the server side: a
 * request to 443 and its response from 443 both count for 443.
 */
public final class ProtocolMix implements Analysis {

    private static final int PORTS = 65536;
    /** Keys: protocol p without ports at p; TCP, UDP, SCTP port q at 256 + index * 65536 + q. */
    private static final int[] PORT_PROTOCOLS = { Protocols.TCP, Protocols.UDP, Protocols.SCTP };
    private static final int KEYS = 256 + PORT_PROTOCOLS.length * PORTS;

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        boolean byService = query.parameter(descriptor, "level").equals("service");
        long[] acc = SegmentScan.reduce(query, () -> new long[3 * KEYS], (a, s, rows, count) -> add(a, s, rows, count, byService),
                TrafficOverTime::sum, progress);
        long[] bytes = new long[KEYS];
        long[] total = new long[3];
        for (int k = 0; k < KEYS; k++) {
            // rank by bytes, +1 for keys with flows so that empty flows still show
            bytes[k] = acc[3 * k + 2] > 0 ? acc[3 * k] + 1 : 0;
            for (int m = 0; m < 3; m++) {
                total[m] += acc[3 * k + m];
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        long[] shown = new long[3];
        int[] top = TopN.largest(bytes, query.topN());
        for (int k : top) {
            String protocol;
            String service;
            if (k < 256) {
                protocol = Protocols.name(k);
                service = "";
            } else {
                protocol = Protocols.name(PORT_PROTOCOLS[(k - 256) / PORTS]);
                service = ServiceNames.label((k - 256) % PORTS);
            }
            rows.add(row(protocol, service, acc[3 * k], acc[3 * k + 1], acc[3 * k + 2], total[0]));
            for (int m = 0; m < 3; m++) {
                shown[m] += acc[3 * k + m];
            }
        }
        if (shown[2] < total[2]) {
            rows.add(row("other", "", total[0] - shown[0], total[1] - shown[1], total[2] - shown[2], total[0]));
        }
        List<Column> columns = List.of(new Column("Protocol", ColumnType.TEXT, null), new Column("Service", ColumnType.TEXT, null),
                new Column("Bytes", ColumnType.NUMBER, Unit.BYTES), new Column("Packets", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Flows", ColumnType.NUMBER, Unit.FLOWS), new Column("Share of bytes", ColumnType.TEXT, null));
        return new Table(byService ? "Protocols and services by bytes" : "Protocols by bytes", columns, rows);
    }

    private static List<Object> row(String protocol, String service, long bytes, long packets, long flows, long totalBytes) {
        String share = totalBytes == 0 ? "0.0%" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * bytes / totalBytes);
        return List.of(protocol, service, bytes, packets, flows, share);
    }

    private static void add(long[] acc, FlowSegment s, int[] rows, int count, boolean byService) {
        for (int j = 0; j < count; j++) {
            int i = rows == null ? j : rows[j];
            int key = key(s.protocol(i), s.sourcePort(i), s.destinationPort(i), byService);
            acc[3 * key] += s.bytes(i);
            acc[3 * key + 1] += s.packets(i);
            acc[3 * key + 2]++;
        }
    }

    private static int key(int protocol, int sourcePort, int destinationPort, boolean byService) {
        if (byService) {
            for (int p = 0; p < PORT_PROTOCOLS.length; p++) {
                if (PORT_PROTOCOLS[p] == protocol) {
                    return 256 + p * PORTS + Math.min(sourcePort, destinationPort);
                }
            }
        }
        return protocol;
    }
}
