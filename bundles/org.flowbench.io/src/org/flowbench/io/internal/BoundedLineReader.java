package org.flowbench.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Keeps the memory of CSV parsing bounded whatever the input: lines longer than
 * {@link #MAX_LINE} characters are cut there (the rest up to the line end is dropped and the line
 * number noted, so the reader can skip that row), and a record that runs on for more than
 * {@link #MAX_RECORD} characters (a quote never closed) ends reading with
 * {@link RecordTooLongException}. Also drops a leading byte order mark.
 * <p>
 * Lines are counted as Commons CSV counts them: {@code \n}, {@code \r} and {@code \r\n} each end one.
 */
final class BoundedLineReader extends Reader {

    static final int MAX_LINE = 1 << 16;
    static final int MAX_RECORD = 1 << 20;

    /** A record that does not end within {@link #MAX_RECORD} characters. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("a record runs on for more than " + MAX_RECORD + " characters");
        }
    }

    private final Reader in;
    private final ArrayDeque<Long> cutLines = new ArrayDeque<>();
    private long line = 1;
    private int lineLength;
    private boolean dropping;
    private boolean afterCarriageReturn;
    private boolean atStart = true;
    private long sinceRecordStart;

    BoundedLineReader(Reader in) {
        this.in = in;
    }

    /** Called before each record is parsed: the record length limit counts from here. */
    void startRecord() {
        sinceRecordStart = 0;
    }

    /**
     * @return whether a line from {@code first} to {@code last} (1-based) was cut; forgets the cut
     *         lines up to {@code last}
     */
    boolean wasCut(long first, long last) {
        boolean cut = false;
        while (!cutLines.isEmpty() && cutLines.peekFirst() <= last) {
            cut |= cutLines.pollFirst() >= first;
        }
        return cut;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buf, off, len);
            if (n < 0) {
                return -1;
            }
            int kept = filter(buf, off, n);
            if (kept > 0) {
                sinceRecordStart += kept;
                if (sinceRecordStart > MAX_RECORD) {
                    throw new RecordTooLongException();
                }
                return kept;
            }
            // everything read was dropped: read on rather than answer 0, which means nothing to Readers
        }
    }

    /** Moves the kept characters of buf[off, off+n) to its front; @return how many were kept */
    private int filter(char[] buf, int off, int n) {
        int to = off;
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (atStart) {
                atStart = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = c == '\r';
                lineLength = 0;
                dropping = false;
                buf[to++] = c;
                continue;
            }
            afterCarriageReturn = false;
            if (dropping) {
                continue;
            }
            if (++lineLength > MAX_LINE) {
                dropping = true;
                cutLines.addLast(line);
                continue;
            }
            buf[to++] = c;
        }
        return to - off;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
