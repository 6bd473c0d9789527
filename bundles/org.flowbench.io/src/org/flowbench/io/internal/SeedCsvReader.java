package org.flowbench.io.internal;

import java.util.List;

import org.flowbench.io.FlowReader;
import org.osgi.service.component.annotations.Component;

/**
 * The CSV layout of the first Flowbench seed data: {@code timestamp,source,destination,bytes}. Each
 * row is a flow of which only the start, the addresses and the byte count are known: protocol,
 * ports, packets and flags are 0 and the flow ends when it starts. Timestamps as in
 * {@link Timestamps}. A header that also has a {@code start} column is the full flow layout's
 * ({@link FlowCsvReader}), so that detection never has two answers.
 */
@Component(service = FlowReader.class)
public final class SeedCsvReader extends CsvFlowReader {

    static final List<String> COLUMNS = List.of("timestamp", "source", "destination", "bytes");

    @Override
    public String id() {
        return "csv-seed";
    }

    @Override
    public String name() {
        return "CSV (timestamp,source,destination,bytes)";
    }

    @Override
    String headerProblem(CsvHeader header) {
        if (header.has("start")) {
            return "it has a 'start' column, so it is the full flow CSV layout";
        }
        return missingOrRepeated(header, COLUMNS, COLUMNS);
    }

    @Override
    RowParser rowParser(CsvHeader header) {
        int timestamp = header.index("timestamp");
        int source = header.index("source");
        int destination = header.index("destination");
        int bytes = header.index("bytes");
        return (row, flow) -> {
            flow.startMicros = Fields.timestamp("timestamp", row.get(timestamp));
            flow.endMicros = flow.startMicros;
            flow.source(Fields.address("source", row.get(source)));
            flow.destination(Fields.address("destination", row.get(destination)));
            flow.bytes = Fields.count("bytes", row.get(bytes));
        };
    }
}
