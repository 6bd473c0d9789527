package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.flowbench.io.FlowReader;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

/**
 * The common part of the CSV flow readers: a header line names the columns (any order, any case,
 * extra columns ignored), then one flow per row. Streams the input with Commons CSV. A row that
 * cannot be read (wrong number of fields, a bad value, broken quoting, a line longer than 64 Ki
 * characters) is skipped and reported with the source and its line, the header being line 1;
 * empty lines are passed over.
 */
abstract class CsvFlowReader implements FlowReader {

    /** Rows between progress reports and cancellation checks. */
    static final int PROGRESS_ROWS = 1 << 14;

    /** Turns the fields of a row into a flow; throws IllegalArgumentException naming the column and the problem. */
    interface RowParser {
        void parse(CSVRecord row, FlowRecord into);
    }

    /** @return null when this format can read a file with this header, else why not */
    abstract String headerProblem(CsvHeader header);

    /** @return the parser for rows under this header, which {@link #headerProblem} accepted */
    abstract RowParser rowParser(CsvHeader header);

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean recognizes(byte[] head) {
        CsvHeader header = CsvHeader.fromHead(head);
        return header != null && headerProblem(header) == null;
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        progress.begin("Reading " + sourceName, -1);
        ReadReport.Builder report = new ReadReport.Builder(sourceName);
        CountingInputStream counted = new CountingInputStream(in);
        CsvRows rows = new CsvRows(new BoundedLineReader(new InputStreamReader(counted, StandardCharsets.UTF_8)), sourceName);
        CsvHeader header = readHeader(rows, sourceName);
        RowParser parser = rowParser(header);
        FlowRecord flow = new FlowRecord();
        long bytesReported = 0;
        int rowsSinceReport = 0;
        while (rows.next(report.flowsRead())) {
            if (++rowsSinceReport == PROGRESS_ROWS) {
                progress.worked(counted.count() - bytesReported);
                bytesReported = counted.count();
                rowsSinceReport = 0;
                progress.checkCanceled();
            }
            CSVRecord row = rows.record();
            if (row == null) {
                report.skip(place(rows), rows.problem());
                continue;
            }
            if (isEmptyLine(row)) {
                continue;
            }
            if (row.size() != header.size()) {
                report.skip(place(rows), "wrong number of fields: " + row.size() + " where the header has " + header.size());
                continue;
            }
            String problem = parse(row, parser, flow);
            if (problem != null) {
                report.skip(place(rows), problem);
                continue;
            }
            sink.accept(flow);
            report.flowRead();
        }
        progress.worked(counted.count() - bytesReported);
        return report.build();
    }

    private static String place(CsvRows rows) {
        return "line " + rows.line();
    }

    private CsvHeader readHeader(CsvRows rows, String sourceName) throws IOException {
        if (!rows.next(0)) {
            throw new FlowDataException(sourceName, "line 1", "the input is empty: no " + name() + " header", 0);
        }
        if (rows.record() == null) {
            throw new FlowDataException(sourceName, "line 1", "no " + name() + " header: " + rows.problem(), 0);
        }
        CsvHeader header = CsvHeader.of(rows.record());
        String problem = headerProblem(header);
        if (problem != null) {
            throw new FlowDataException(sourceName, "line 1", "not a " + name() + " header: " + problem + " (found '"
                    + header.describe() + "')", 0);
        }
        return header;
    }

    /** @return null when the row was parsed into the flow, else what is wrong with it */
    private static String parse(CSVRecord row, RowParser parser, FlowRecord flow) {
        flow.clear();
        try {
            parser.parse(row, flow);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return flow.problem();
    }

    private static boolean isEmptyLine(CSVRecord row) {
        return row.size() == 1 && row.get(0).isEmpty();
    }

    /** @return null when every column is there once, else which are missing or repeated */
    static String missingOrRepeated(CsvHeader header, List<String> required, List<String> known) {
        List<String> missing = required.stream().filter(c -> !header.has(c)).toList();
        if (!missing.isEmpty()) {
            return "no column " + String.join(", ", missing);
        }
        List<String> repeated = known.stream().filter(header.duplicates()::contains).toList();
        if (!repeated.isEmpty()) {
            return "the column " + String.join(", ", repeated) + " appears more than once";
        }
        return null;
    }

    /** @return the row's field for the column, "" when the header has no such column */
    static String field(CSVRecord row, int index) {
        return index < 0 ? "" : row.get(index);
    }
}
