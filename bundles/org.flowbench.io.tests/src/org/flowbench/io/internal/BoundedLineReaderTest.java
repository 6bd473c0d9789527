package org.flowbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static String readAll(BoundedLineReader reader) throws IOException {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return out.toString();
    }

    @Test
    void dropsAByteOrderMarkAtTheStartOnly() throws IOException {
        assertEquals("a,b\nc\uFEFF", readAll(new BoundedLineReader(new StringReader("\uFEFFa,b\nc\uFEFF"))));
    }

    @Test
    void cutsLongLinesAndNotesThemCountingEveryKindOfLineEnd() throws IOException {
        int max = BoundedLineReader.MAX_LINE;
        String text = "short\r\n" + "x".repeat(max + 10) + "\rshort\n" + "y".repeat(max) + "\n" + "z".repeat(3 * max) + "\nend";
        BoundedLineReader reader = new BoundedLineReader(new StringReader(text));
        String kept = readAll(reader);
        assertEquals("short\r\n" + "x".repeat(max) + "\rshort\n" + "y".repeat(max) + "\n" + "z".repeat(max) + "\nend", kept);
        assertFalse(reader.wasCut(1, 1));
        assertTrue(reader.wasCut(2, 2)); // line 2, ended by \r
        assertFalse(reader.wasCut(3, 4)); // exactly MAX_LINE is not cut
        assertTrue(reader.wasCut(5, 6));
        assertFalse(reader.wasCut(5, 6)); // forgotten once asked
    }

    @Test
    void aRecordThatNeverEndsIsStopped() {
        BoundedLineReader reader = new BoundedLineReader(new StringReader("\"open quote\n".repeat(200_000)));
        reader.startRecord();
        assertThrows(BoundedLineReader.RecordTooLongException.class, () -> readAll(reader));
    }
}
