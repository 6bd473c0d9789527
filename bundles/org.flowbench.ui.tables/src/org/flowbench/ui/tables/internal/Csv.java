package org.flowbench.ui.tables.internal;

import java.io.IOException;
import java.util.List;

/** Writes CSV as RFC 4180 has it: comma separated, quoted where a cell needs it, \n line ends. */
public final class Csv {

    private Csv() {
    }

    public static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(out, cells.get(i));
        }
        out.append('\n');
    }

    public static void row(Appendable out, String... cells) throws IOException {
        row(out, List.of(cells));
    }

    private static void cell(Appendable out, String text) throws IOException {
        String t = text == null ? "" : text;
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) {
            out.append(t);
        } else {
            out.append('"').append(t.replace("\"", "\"\"")).append('"');
        }
    }
}
