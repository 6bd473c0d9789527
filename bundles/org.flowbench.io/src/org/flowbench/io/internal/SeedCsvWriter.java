package org.flowbench.io.internal;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.osgi.service.component.annotations.Component;

/**
 * Writes the seed layout {@code timestamp,source,destination,bytes}: the start in ISO-8601 UTC (see
 * {@link Timestamps}), the addresses and the bytes. Everything else about a flow is left out.
 */
@Component(service = FlowWriter.class)
public final class SeedCsvWriter extends CsvFlowWriter {

    @Override
    public String id() {
        return "csv-seed";
    }

    @Override
    public String name() {
        return "CSV (timestamp,source,destination,bytes)";
    }

    @Override
    List<String> header() {
        return SeedCsvReader.COLUMNS;
    }

    @Override
    void print(CSVPrinter printer, FlowRecord flow) throws IOException {
        printer.print(Timestamps.formatIso(flow.startMicros));
        printer.print(IpAddress.format(flow.sourceHigh, flow.sourceLow));
        printer.print(IpAddress.format(flow.destinationHigh, flow.destinationLow));
        printer.print(Long.toString(flow.bytes));
    }
}
