package org.flowbench.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flowbench.model.FlowDataException;

/**
 * The records of a CSV input, each with the line it starts on (1-based) or with the reason it
 * cannot be read: broken quoting, or a line cut by {@link BoundedLineReader}. After broken quoting
 * the rest of that line is passed over, so that one bad row costs one row.
 */
final class CsvRows {

    private final String source;
    private final BoundedLineReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Lines wholly consumed before the record to come. */
    private long linesDone;
    /** Records that end on this line or before are what is left of a row with broken quoting. */
    private long restOfBrokenLine;

    private CSVRecord record;
    private long line;
    private String problem;

    CsvRows(BoundedLineReader text, String source) throws IOException {
        this.source = source;
        this.text = text;
        this.parser = CsvSyntax.READ.parse(text);
        this.records = parser.iterator();
    }

    /**
     * Moves to the next record.
     *
     * @param flowsRead for the exception, the flows read so far
     * @return false at the end of the input
     * @throws FlowDataException when reading cannot go on: a quote is never closed, or the
     *         underlying input is damaged
     */
    boolean next(long flowsRead) throws IOException {
        while (true) {
            long first = linesDone + 1;
            text.startRecord();
            CSVRecord next;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                next = records.next();
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (cause instanceof CSVException) {
                    restOfBrokenLine = linesDone = parser.getCurrentLineNumber();
                    return at(null, first, "broken CSV quoting (" + cause.getMessage() + ")");
                }
                throw fatal(cause, first, flowsRead);
            }
            long last = parser.getCurrentLineNumber();
            linesDone = last;
            if (last <= restOfBrokenLine) {
                text.wasCut(first, last);
                continue;
            }
            if (text.wasCut(first, last)) {
                return at(null, first, "line longer than " + BoundedLineReader.MAX_LINE + " characters");
            }
            return at(next, first, null);
        }
    }

    private boolean at(CSVRecord record, long line, String problem) {
        this.record = record;
        this.line = line;
        this.problem = problem;
        return true;
    }

    private IOException fatal(IOException cause, long first, long flowsRead) {
        String place = "line " + first;
        if (cause instanceof BoundedLineReader.RecordTooLongException) {
            return new FlowDataException(source, place, "a quoted field is never closed: the record runs on for more than "
                    + BoundedLineReader.MAX_RECORD + " characters", flowsRead, cause);
        }
        if (cause instanceof FlowDataException damaged) {
            return new FlowDataException(source, place, damaged.problem(), flowsRead, damaged);
        }
        return cause; // a real I/O failure, not a data problem
    }

    /** @return the current record, null when it cannot be read ({@link #problem()} says why) */
    CSVRecord record() {
        return record;
    }

    /** @return the line the current record starts on, 1-based */
    long line() {
        return line;
    }

    /** @return why the current record cannot be read, null when it can */
    String problem() {
        return problem;
    }
}
