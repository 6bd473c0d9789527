package org.flowbench.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.FlowWriter;

/**
 * Picks the writer for an output file: the one named by {@code --format} (a writer id; {@code csv}
 * means the seed's layout timestamp,source,destination,bytes), else by the file's extension:
 * {@code .flows} is the native format, {@code .csv} the full flow CSV, which keeps every field.
 */
final class FormatChoice {

    static final String SEED_CSV = "csv-seed";
    static final String FLOW_CSV = "csv-flow";
    static final String NATIVE = "native";

    private FormatChoice() {
    }

    static FlowWriter writer(FlowFormats formats, String format, Path out) {
        String id = format != null ? alias(format) : byExtension(out);
        return formats.writer(id).orElseThrow(() -> new IllegalArgumentException("unknown output format '" + id + "'; known: "
                + formats.writers().stream().map(FlowWriter::id).sorted().collect(Collectors.joining(", ")) + " (and csv = " + SEED_CSV + ")"));
    }

    private static String alias(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return f.equals("csv") ? SEED_CSV : f;
    }

    private static String byExtension(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            return FLOW_CSV;
        }
        if (name.endsWith(".flows")) {
            return NATIVE;
        }
        throw new IllegalArgumentException("cannot tell the output format from '" + out.getFileName()
                + "'; name the file .flows or .csv, or give --format");
    }
}
