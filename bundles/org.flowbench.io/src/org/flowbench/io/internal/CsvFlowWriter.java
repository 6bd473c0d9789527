package org.flowbench.io.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;

/** The common part of the CSV flow writers: a header line, then one row per flow, UTF-8. */
abstract class CsvFlowWriter implements FlowWriter {

    /** Rows between progress reports and cancellation checks. */
    static final int PROGRESS_ROWS = 1 << 14;

    abstract List<String> header();

    /** Prints the fields of one flow; the caller ends the row. */
    abstract void print(CSVPrinter printer, FlowRecord flow) throws IOException;

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(FlowSnapshot snapshot, OutputStream out, Progress progress) throws IOException {
        progress.begin("Writing " + name(), snapshot.size());
        // Not closed: the caller owns the stream. Flushing the printer flushes it through.
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                CsvSyntax.WRITE);
        printer.printRecord(header());
        FlowRecord flow = new FlowRecord();
        int rowsSinceReport = 0;
        for (long row = 0, n = snapshot.size(); row < n; row++) {
            print(printer, snapshot.read(row, flow));
            printer.println();
            if (++rowsSinceReport == PROGRESS_ROWS) {
                progress.worked(rowsSinceReport);
                rowsSinceReport = 0;
                progress.checkCanceled();
            }
        }
        printer.flush();
        progress.worked(rowsSinceReport);
    }
}
