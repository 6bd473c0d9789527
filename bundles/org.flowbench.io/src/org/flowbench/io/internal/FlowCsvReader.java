package org.flowbench.io.internal;

import java.util.List;

import org.flowbench.io.FlowReader;
import org.osgi.service.component.annotations.Component;

/**
 * The full flow CSV layout, {@link #COLUMNS}, as {@link FlowCsvWriter} writes it. Columns are found
 * by name; {@code start}, {@code source} and {@code destination} are required, the others may be
 * missing or empty: {@code end} is then the start, ports, protocol, bytes, packets and flags 0.
 * Times as in {@link Timestamps}, protocols by name ({@code tcp}, any case) or number 0..255, TCP
 * flags as in {@link TcpFlags}.
 */
@Component(service = FlowReader.class)
public final class FlowCsvReader extends CsvFlowReader {

    static final List<String> COLUMNS = List.of("start", "end", "source", "destination", "source_port", "destination_port",
            "protocol", "bytes", "packets", "tcp_flags");
    static final List<String> REQUIRED = List.of("start", "source", "destination");

    @Override
    public String id() {
        return "csv-flow";
    }

    @Override
    public String name() {
        return "Flow CSV (start,end,source,destination,ports,protocol,bytes,packets,tcp_flags)";
    }

    @Override
    String headerProblem(CsvHeader header) {
        return missingOrRepeated(header, REQUIRED, COLUMNS);
    }

    @Override
    RowParser rowParser(CsvHeader header) {
        int start = header.index("start");
        int end = header.index("end");
        int source = header.index("source");
        int destination = header.index("destination");
        int sourcePort = header.index("source_port");
        int destinationPort = header.index("destination_port");
        int protocol = header.index("protocol");
        int bytes = header.index("bytes");
        int packets = header.index("packets");
        int tcpFlags = header.index("tcp_flags");
        return (row, flow) -> {
            flow.startMicros = Fields.timestamp("start", row.get(start));
            String endText = field(row, end);
            flow.endMicros = endText.isEmpty() ? flow.startMicros : Fields.timestamp("end", endText);
            flow.source(Fields.address("source", row.get(source)));
            flow.destination(Fields.address("destination", row.get(destination)));
            flow.sourcePort = Fields.port("source_port", field(row, sourcePort));
            flow.destinationPort = Fields.port("destination_port", field(row, destinationPort));
            flow.protocol = Fields.protocol("protocol", field(row, protocol));
            flow.bytes = Fields.optionalCount("bytes", field(row, bytes));
            flow.packets = Fields.optionalCount("packets", field(row, packets));
            flow.tcpFlags = Fields.tcpFlags("tcp_flags", field(row, tcpFlags));
        };
    }
}
