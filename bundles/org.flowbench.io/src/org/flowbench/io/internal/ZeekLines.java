package org.flowbench.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.flowbench.model.Progress;

/**
 * The lines of a Zeek log for both of its readers: UTF-8, each line at most
 * {@link BoundedLineReader#MAX_LINE} characters (longer ones are cut, so they fail to parse and are
 * skipped), numbered from 1, with progress and cancellation every 16,384 lines.
 */
final class ZeekLines {

    /** Takes one line; {@code place} is "line N". */
    interface Line {
        void accept(String line, String place) throws IOException;
    }

    private ZeekLines() {
    }

    /** @return the number of lines read */
    static long read(InputStream in, Progress progress, Line line) throws IOException {
        CountingInputStream counted = new CountingInputStream(in);
        BufferedReader lines = new BufferedReader(new BoundedLineReader(new InputStreamReader(counted, StandardCharsets.UTF_8)), 1 << 16);
        long number = 0;
        long reported = 0;
        for (String text; (text = lines.readLine()) != null;) {
            number++;
            if ((number & 0x3FFF) == 0) {
                progress.worked(counted.count() - reported);
                reported = counted.count();
                progress.checkCanceled();
            }
            line.accept(text, "line " + number);
        }
        progress.worked(counted.count() - reported);
        return number;
    }
}
