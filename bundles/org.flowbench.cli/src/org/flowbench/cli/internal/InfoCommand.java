package org.flowbench.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", sortOptions = false, description = "Describes a flow file: format, flows, time span, totals, hosts, problems.")
final class InfoCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Flow file in any known format.")
    Path input;

    InfoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        String format = ctx.formats().readerFor(InputFiles.existing(input)).map(FlowReader::name).orElse("unknown");
        LoadedFlows loaded = InputFiles.load(ctx, input);
        FlowSnapshot flows = loaded.store().snapshot();
        TimeRange span = flows.timeSpan();
        long withV6 = 0;
        int sources = distinct(flows, true);
        int destinations = distinct(flows, false);
        for (int id = 0; id < flows.addresses().size(); id++) {
            if (!flows.addresses().address(id).isV4()) {
                withV6++;
            }
        }
        row("File", input + " (" + Files.size(input) + " bytes)");
        row("Format", format);
        row("Flows", Long.toString(flows.size()));
        if (span != null) {
            row("First start", TimeRange.toInstant(span.startMicros()).toString());
            row("Last end", TimeRange.toInstant(span.endMicros() - 1).toString());
            row("Time span", span.duration().toString());
        }
        row("Bytes", Long.toString(flows.totalBytes()));
        row("Packets", Long.toString(flows.totalPackets()));
        row("Addresses", flows.addresses().size() + " (" + withV6 + " IPv6)");
        row("Sources", Integer.toString(sources));
        row("Destinations", Integer.toString(destinations));
        row("Skipped records", Long.toString(loaded.report().recordsSkipped()));
        if (!loaded.report().counters().isEmpty()) {
            // what the format counts besides flows, e.g. the frames of a packet capture and those without IP
            row("Read", loaded.report().counters().entrySet().stream().map(c -> c.getValue() + " " + c.getKey())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        row("Memory", String.format(java.util.Locale.ROOT, "%.1f bytes per flow", flows.size() == 0 ? 0.0
                : (double) loaded.store().memoryBytes() / flows.size()));
        return InputFiles.status(loaded.report());
    }

    private void row(String name, String value) {
        ctx.out().printf("%-16s %s%n", name + ":", value);
    }

    private static int distinct(FlowSnapshot flows, boolean source) {
        java.util.BitSet seen = new java.util.BitSet(flows.addresses().size());
        for (int k = 0; k < flows.segmentCount(); k++) {
            FlowSegment s = flows.segment(k);
            for (int i = 0, n = flows.rowsIn(k); i < n; i++) {
                seen.set(source ? s.source(i) : s.destination(i));
            }
        }
        return seen.cardinality();
    }
}
