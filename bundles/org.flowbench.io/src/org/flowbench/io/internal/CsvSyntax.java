package org.flowbench.io.internal;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect of the flow CSV formats: RFC 4180 with comma and double quote. */
final class CsvSyntax {

    /**
     * Reading: fields are trimmed; empty lines come through as records (and are then passed over)
     * so that the parser's line count stays the file's.
     */
    static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    /** Writing: quotes only where needed, Unix line ends. */
    static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .get();

    private CsvSyntax() {
    }
}
