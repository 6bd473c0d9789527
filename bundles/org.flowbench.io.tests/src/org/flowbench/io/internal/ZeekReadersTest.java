package org.flowbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zeek conn.log in TSV and JSON lines: columns by name, unset and empty values, damage, gzip. */
class ZeekReadersTest {

    private static final String HEADER = """
            #separator \\x09
            #set_separator\t,
            #empty_field\t(empty)
            #unset_field\t-
            #path\tconn
            """;

    @TempDir
    Path dir;

    private static List<FlowRecord> read(FlowReader reader, String text, ReadReport[] report) throws IOException {
        List<FlowRecord> flows = new ArrayList<>();
        report[0] = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "conn.log",
                f -> flows.add(new FlowRecord().copyFrom(f)), Progress.NONE);
        return flows;
    }

    @Test
    void tsvColumnsByNameWithUnsetEmptyAndMissingValues() throws IOException {
        // columns in another order than Zeek's, an extra one, no resp_pkts column at all
        String text = HEADER + """
                #fields\tuid\tid.resp_h\tid.orig_h\tts\tid.orig_p\tid.resp_p\tproto\tduration\torig_pkts\torig_ip_bytes\tresp_ip_bytes\ttunnel_parents
                #types\tstring\taddr\taddr\ttime\tport\tport\tenum\tinterval\tcount\tcount\tcount\tset[string]
                C1\t10.0.0.2\t10.0.0.1\t1521911721.255387\t39681\t3389\ttcp\t0.004266\t10\t730\t342\t(empty)
                C2\t2001:db8::2\t2001:db8::1\t1521911722.5\t-\t-\ticmp\t-\t1\t64\t0\t-
                C3\t10.0.0.2\t-\t1521911723\t1\t2\tudp\t1\t1\t1\t1\t-
                C4\tonly three\tfields
                """;
        ReadReport[] report = new ReadReport[1];
        List<FlowRecord> flows = read(new ZeekTsvReader(), text, report);
        assertEquals(3, flows.size());
        FlowRecord out = flows.get(0);
        assertEquals("10.0.0.1", out.source().toString());
        assertEquals("10.0.0.2", out.destination().toString());
        assertEquals(39681, out.sourcePort);
        assertEquals(3389, out.destinationPort);
        assertEquals(6, out.protocol);
        assertEquals(730, out.bytes);
        assertEquals(10, out.packets);
        assertEquals(1_521_911_721_255_387L, out.startMicros);
        assertEquals(1_521_911_721_259_653L, out.endMicros);
        FlowRecord back = flows.get(1);
        assertEquals("10.0.0.2", back.source().toString());
        assertEquals(342, back.bytes);
        assertEquals(0, back.packets, "no resp_pkts column: 0");
        assertEquals(3389, back.sourcePort);
        FlowRecord icmp = flows.get(2);
        assertEquals(58, icmp.protocol, "ICMP over IPv6");
        assertEquals(icmp.startMicros, icmp.endMicros, "unset duration");
        assertEquals(2, report[0].recordsSkipped());
        assertEquals("conn.log, line 10: id.orig_h: unset", report[0].problems().get(0).getMessage());
        assertTrue(report[0].problems().get(1).getMessage().startsWith("conn.log, line 11: wrong number of fields: 3"),
                report[0].problems().get(1).getMessage());
        assertEquals(2, report[0].counter("connections"));
    }

    @Test
    void jsonLinesByKeyWithNullsMissingKeysAndIsoTimes() throws IOException {
        String text = """
                {"ts":1517422326.539915,"uid":"C1","id.orig_h":"10.55.100.100","id.orig_p":61843,"id.resp_h":"205.204.101.182","id.resp_p":80,"proto":"tcp","duration":1.5,"orig_pkts":10,"orig_ip_bytes":1131,"resp_pkts":4,"resp_ip_bytes":508,"extra":[1,2]}
                {"ts":"2018-01-31T18:12:06.539915Z","id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","proto":"udp","orig_ip_bytes":null}
                not json
                {"ts":1,"id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","orig_pkts":{"a":1}}

                """;
        ReadReport[] report = new ReadReport[1];
        List<FlowRecord> flows = read(new ZeekJsonReader(), text, report);
        assertEquals(3, flows.size());
        assertEquals(1131, flows.get(0).bytes);
        assertEquals(508, flows.get(1).bytes);
        assertEquals(1_517_422_328_039_915L, flows.get(0).endMicros);
        assertEquals(1_517_422_326_539_915L, flows.get(2).startMicros);
        assertEquals(0, flows.get(2).bytes);
        assertEquals(2, report[0].recordsSkipped());
        assertTrue(report[0].problems().get(0).getMessage().startsWith("conn.log, line 3: not JSON"));
        assertTrue(report[0].problems().get(1).getMessage().startsWith("conn.log, line 4: "));
    }

    @Test
    void detectionByContentAndGzip() throws IOException {
        byte[] tsv = (HEADER + "#fields\tts\tid.orig_h\tid.resp_h\n1\t10.0.0.1\t10.0.0.2\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(new ZeekTsvReader().recognizes(tsv));
        assertFalse(new ZeekTsvReader().recognizes(HEADER.replace("conn", "dns").getBytes(StandardCharsets.UTF_8)));
        assertFalse(new ZeekJsonReader().recognizes(tsv));
        assertTrue(new ZeekJsonReader().recognizes("{\"ts\":1,\"id.orig_h\":\"a\",\"id.resp_h\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new ZeekJsonReader().recognizes("{\"ts\":1,\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(tsv);
        }
        Path file = dir.resolve("conn.log.gz");
        Files.write(file, gz.toByteArray());
        FlowFormats formats = FlowFormats.withBuiltInFormats();
        assertEquals("zeek-conn-tsv", formats.readerFor(file).orElseThrow().id());
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        assertEquals(1, loaded.store().size());
    }

    @Test
    void aLogWithoutFieldsHeaderIsAnErrorNamingTheFile() {
        FlowDataException e = assertThrows(FlowDataException.class,
                () -> read(new ZeekTsvReader(), HEADER + "1\t10.0.0.1\t10.0.0.2\n", new ReadReport[1]));
        assertEquals("conn.log", e.source());
        assertTrue(e.getMessage().contains("#fields"), e.getMessage());
    }
}
