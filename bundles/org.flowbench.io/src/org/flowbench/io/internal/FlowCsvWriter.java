package org.flowbench.io.internal;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.osgi.service.component.annotations.Component;

/**
 * Writes every field of a flow in the full flow layout that {@link FlowCsvReader} reads back
 * without loss: times in ISO-8601 UTC with microseconds when needed, protocols by name where they
 * have one, TCP flags as letters.
 */
@Component(service = FlowWriter.class)
public final class FlowCsvWriter extends CsvFlowWriter {

    @Override
    public String id() {
        return "csv-flow";
    }

    @Override
    public String name() {
        return "Flow CSV (start,end,source,destination,ports,protocol,bytes,packets,tcp_flags)";
    }

    @Override
    List<String> header() {
        return FlowCsvReader.COLUMNS;
    }

    @Override
    void print(CSVPrinter printer, FlowRecord flow) throws IOException {
        printer.print(Timestamps.formatIso(flow.startMicros));
        printer.print(Timestamps.formatIso(flow.endMicros));
        printer.print(IpAddress.format(flow.sourceHigh, flow.sourceLow));
        printer.print(IpAddress.format(flow.destinationHigh, flow.destinationLow));
        printer.print(Integer.toString(flow.sourcePort));
        printer.print(Integer.toString(flow.destinationPort));
        printer.print(Protocols.name(flow.protocol));
        printer.print(Long.toString(flow.bytes));
        printer.print(Long.toString(flow.packets));
        printer.print(TcpFlags.format(flow.tcpFlags));
    }
}
