package org.flowbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadReportTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFirstHundredProblemsAndCountsTheRest() {
        ReadReport.Builder builder = new ReadReport.Builder("capture.pcap");
        builder.flowRead();
        for (int i = 1; i <= 150; i++) {
            builder.skip("record " + i, "bad");
        }
        builder.problem("record 151", "odd but kept");
        ReadReport report = builder.build();
        assertEquals(1, report.flowsRead());
        assertEquals(150, report.recordsSkipped());
        assertEquals(ReadReport.MAX_PROBLEMS, report.problems().size());
        assertEquals(51, report.problemsNotListed());
        assertEquals(151, report.problemCount());
        FlowDataException first = report.problems().get(0);
        assertEquals("capture.pcap", first.source());
        assertEquals("record 1", first.place());
        assertEquals(1, first.flowsRead());
        assertEquals("record 100", report.problems().get(99).place());
    }

    @Test
    void namedCountersAddUpInTheOrderFirstCounted() {
        ReadReport.Builder builder = new ReadReport.Builder("x");
        builder.count("frames without IP", 2);
        builder.count("fragments", 1);
        builder.count("frames without IP", 3);
        ReadReport report = builder.build();
        assertEquals(List.of("frames without IP", "fragments"), List.copyOf(report.counters().keySet()));
        assertEquals(5, report.counter("frames without IP"));
        assertEquals(0, report.counter("never counted"));
        assertEquals("0 flows read, 5 frames without IP, 1 fragments", report.summary());
    }

    @Test
    void isImmutableAndRejectsNegativeCounts() {
        ReadReport report = new ReadReport.Builder("x").build();
        assertThrows(UnsupportedOperationException.class, () -> report.problems().add(null));
        assertThrows(UnsupportedOperationException.class, () -> report.counters().put("a", 1L));
        assertThrows(IllegalArgumentException.class, () -> new ReadReport(-1, 0, List.of(), 0, Map.of()));
    }

    /** A CSV with 150 bad rows: the report lists lines 2 to 101 and counts the other 50. */
    @Test
    void aFileWithManyBadRows() throws IOException {
        StringBuilder text = new StringBuilder("timestamp,source,destination,bytes\n");
        for (int i = 0; i < 150; i++) {
            text.append("1767600000,10.0.0.1,nowhere,1\n");
        }
        text.append("1767600000,10.0.0.1,10.0.0.2,1\n");
        ReadReport report = FlowFormats.withBuiltInFormats().load(TestFlows.writeText(dir, "bad.csv", text.toString()), Progress.NONE)
                .report();
        assertEquals(1, report.flowsRead());
        assertEquals(150, report.recordsSkipped());
        assertEquals(50, report.problemsNotListed());
        for (int i = 0; i < 100; i++) {
            assertEquals("line " + (i + 2), report.problems().get(i).place());
        }
        assertTrue(report.summary().startsWith("1 flow read, 150 records skipped (first problem: "), report.summary());
    }
}
