package org.flowbench.io.internal.netflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.Test;

/** NetFlow v5, v9 and IPFIX decoding, datagrams made byte by byte (RFC 3954, RFC 7011). */
class ExportDecoderTest {

    private static final long EXPORTER_HIGH = 0;
    private static final long EXPORTER_LOW = IpAddress.V4_MAPPED_PREFIX | 0x0A00_0001L;
    private static final long OTHER_EXPORTER_LOW = IpAddress.V4_MAPPED_PREFIX | 0x0A00_0002L;
    private static final long T = 1_767_600_000L; // export time, seconds

    private final List<FlowRecord> flows = new ArrayList<>();
    private final ExportDecoder decoder = new ExportDecoder(f -> flows.add(new FlowRecord().copyFrom(f)), 10_000_000L);

    private String decode(byte[] datagram) {
        return decode(EXPORTER_LOW, datagram, T * 1_000_000L);
    }

    private String decode(long exporter, byte[] datagram, long arrivalMicros) {
        return decoder.decode(EXPORTER_HIGH, exporter, ByteBuffer.wrap(datagram), 0, datagram.length, arrivalMicros);
    }

    private static int v4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    @Test
    void netflowV5RecordsWithUptimeRelativeTimes() {
        byte[] d = Datagram.v5(100_000, T, 7, new int[] { v4(10, 1, 1, 1), v4(10, 2, 2, 2), 3, 1500, 40_000, 99_000, 1234, 80, 0x1B, 6 },
                new int[] { v4(10, 3, 3, 3), v4(10, 4, 4, 4), 1, 76, 100_000, 100_000, 53, 5353, 0, 17 });
        assertTrue(ExportDecoder.isExport(ByteBuffer.wrap(d), 0, d.length));
        assertNull(decode(d));
        assertEquals(2, flows.size());
        FlowRecord f = flows.get(0);
        assertEquals("10.1.1.1", f.source().toString());
        assertEquals("10.2.2.2", f.destination().toString());
        assertEquals(1500, f.bytes);
        assertEquals(3, f.packets);
        assertEquals(1234, f.sourcePort);
        assertEquals(80, f.destinationPort);
        assertEquals(6, f.protocol);
        assertEquals(0x1B, f.tcpFlags);
        // first switched 60 s, last switched 1 s before the export
        assertEquals((T - 60) * 1_000_000L, f.startMicros);
        assertEquals((T - 1) * 1_000_000L, f.endMicros);
        assertEquals(17, flows.get(1).protocol);
        assertEquals(T * 1_000_000L, flows.get(1).startMicros);
        // the next sequence number is 9; 12 says 3 flows were lost
        assertNull(decode(Datagram.v5(100_001, T, 12, new int[] { 1, 2, 1, 1, 0, 0, 0, 0, 0, 17 })));
        assertEquals(3, decoder.domains().get(0).lostFlows());
    }

    @Test
    void netflowV9TemplateThenDataWithIpv6AndUptimeTimes() {
        byte[] d = Datagram.v9().set(0).u16(300).u16(6).u16(27).u16(16).u16(28).u16(16).u16(1).u16(4).u16(2).u16(4).u16(22).u16(4)
                .u16(21).u16(4).record()
                .set(300).raw(IpAddress.parse("2001:db8::1").toBytes()).raw(IpAddress.parse("2001:db8::2").toBytes()).u32(9000).u32(6)
                .u32(50_000).u32(59_500).record().u16(0) // 2 bytes of padding
                .v9(-1, 60_000, T, 0, 42);
        assertTrue(ExportDecoder.isExport(ByteBuffer.wrap(d), 0, d.length));
        assertNull(decode(d));
        assertEquals(1, flows.size());
        FlowRecord f = flows.get(0);
        assertEquals("2001:db8::1", f.source().toString());
        assertEquals("2001:db8::2", f.destination().toString());
        assertEquals(9000, f.bytes);
        assertEquals(6, f.packets);
        assertEquals(T * 1_000_000L - 10_000_000L, f.startMicros);
        assertEquals(T * 1_000_000L - 500_000L, f.endMicros);
        ExportDomain domain = decoder.domains().get(0);
        assertEquals(42, domain.domain());
        assertEquals(1, domain.templates());
    }

    @Test
    void ipfixEnterpriseFieldsAreSkippedByLengthAndVariableLengthFieldsRead() {
        byte[] d = Datagram.ipfix().set(2).u16(400).u16(5)
                .u16(8).u16(4)
                .u16(0x8000 | 100).u16(6).u32(9) // enterprise 9, 6 bytes
                .u16(82).u16(65535) // interfaceName, variable length
                .u16(1).u16(8)
                .u16(152).u16(8)
                .set(400)
                .u32(v4(192, 0, 2, 1)).raw(new byte[6]).u8(3).raw("abc".getBytes()).u64(5000).u64(T * 1000 + 250)
                .u32(v4(192, 0, 2, 2)).raw(new byte[6]).u8(255).u16(300).raw(new byte[300]).u64(7000).u64(T * 1000)
                .ipfix(T, 0, 7);
        assertTrue(ExportDecoder.isExport(ByteBuffer.wrap(d), 0, d.length));
        assertNull(decode(d));
        assertEquals(2, flows.size());
        assertEquals("192.0.2.1", flows.get(0).source().toString());
        assertEquals(5000, flows.get(0).bytes);
        assertEquals(T * 1_000_000L + 250_000, flows.get(0).startMicros);
        assertEquals("192.0.2.2", flows.get(1).source().toString());
        assertEquals(7000, flows.get(1).bytes);
        assertEquals(2, decoder.domains().get(0).lostFlows() + 2, "no loss: the first message sets the sequence");
    }

    @Test
    void dataBeforeItsTemplateIsHeldAndDecodedWhenItComes() {
        byte[] data = Datagram.ipfix().set(500).u32(v4(10, 0, 0, 9)).u64(64).ipfix(T, 0, 1);
        assertNull(decode(data));
        assertEquals(0, flows.size());
        assertTrue(decoder.heldBytes() > 0);
        byte[] template = Datagram.ipfix().set(2).u16(500).u16(2).u16(8).u16(4).u16(1).u16(8).ipfix(T, 1, 1);
        assertNull(decode(template));
        assertEquals(1, flows.size());
        assertEquals(64, flows.get(0).bytes);
        assertEquals(0, decoder.heldBytes());
        assertEquals(0, decoder.undecodableSets());
    }

    @Test
    void dataWhoseTemplateNeverComesIsUndecodableAfterTheHoldTime() {
        assertNull(decode(Datagram.ipfix().set(500).u32(1).u64(64).ipfix(T, 0, 1)));
        // another exporter's datagram 11 s later: the held set has waited longer than the 10 s hold time
        assertNull(decode(OTHER_EXPORTER_LOW, Datagram.v5(1, T, 0, new int[] { 1, 2, 1, 1, 0, 0, 0, 0, 0, 17 }), (T + 11) * 1_000_000L));
        assertEquals(1, decoder.undecodableSets());
        assertEquals(0, decoder.heldBytes());
        // the template now comes too late for it
        assertNull(decode(Datagram.ipfix().set(2).u16(500).u16(2).u16(8).u16(4).u16(1).u16(8).ipfix(T, 1, 1)));
        assertEquals(1, flows.size()); // the v5 flow only
    }

    @Test
    void withdrawalRemovesATemplateAndARefreshReplacesIt() {
        assertNull(decode(Datagram.ipfix().set(2).u16(600).u16(1).u16(1).u16(4).set(600).u32(10).ipfix(T, 0, 1)));
        assertEquals(10, flows.get(0).bytes);
        // withdrawn: data for it is held, then undecodable at the end
        assertNull(decode(Datagram.ipfix().set(2).u16(600).u16(0).ipfix(T, 1, 1)));
        assertEquals(0, decoder.templates());
        assertNull(decode(Datagram.ipfix().set(600).u32(11).ipfix(T, 1, 1)));
        assertEquals(1, flows.size());
        // defined again with other fields: data after it uses them (and the held set too, as it waited for template 600)
        assertNull(decode(Datagram.ipfix().set(2).u16(600).u16(2).u16(2).u16(4).u16(1).u16(4).set(600).u32(3).u32(12).ipfix(T, 2, 1)));
        assertEquals(12, flows.get(flows.size() - 1).bytes);
        assertEquals(3, flows.get(flows.size() - 1).packets);
        assertEquals(1, decoder.templates());
        // withdrawing all templates of the domain (template id 2)
        assertNull(decode(Datagram.ipfix().set(2).u16(2).u16(0).ipfix(T, 4, 1)));
        assertEquals(0, decoder.templates());
    }

    @Test
    void templatesAreKeptPerExporterAndDomain() {
        assertNull(decode(Datagram.ipfix().set(2).u16(700).u16(1).u16(1).u16(4).ipfix(T, 0, 1)));
        // the same template id in another domain, and from another exporter, is unknown there
        assertNull(decode(Datagram.ipfix().set(700).u32(5).ipfix(T, 0, 2)));
        assertNull(decode(OTHER_EXPORTER_LOW, Datagram.ipfix().set(700).u32(5).ipfix(T, 0, 1), T * 1_000_000L));
        assertNull(decode(Datagram.ipfix().set(700).u32(5).ipfix(T, 0, 1)));
        assertEquals(1, flows.size());
        decoder.finish();
        assertEquals(2, decoder.undecodableSets());
        assertEquals(3, decoder.domains().size());
    }

    @Test
    void optionsRecordsAreCountedNotStored() {
        byte[] d = Datagram.v9().set(1).u16(800).u16(4).u16(8).u16(1).u16(4).u16(34).u16(4).u16(36).u16(2).u16(0).record()
                .set(800).u32(1).u32(100).u16(60).u16(0).record().v9(-1, 1000, T, 0, 0);
        assertNull(decode(d));
        assertEquals(0, flows.size());
        assertEquals(1, decoder.optionsRecords());
    }

    @Test
    void malformedDatagramsAreCountedAndSkipped() {
        byte[] overrun = Datagram.ipfix().set(2).u16(900).u16(1).u16(1).u16(4).ipfix(T, 0, 1);
        overrun[19] = (byte) 200; // the set says 200 bytes
        assertNotNull(decode(overrun));
        assertNotNull(decode(new byte[] { 0, 10, 0, 100 }));
        assertNotNull(decode(new byte[] { 0, 5, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
        assertNotNull(decode(new byte[] { 0, 7, 0, 1 }));
        assertEquals(3, decoder.malformedDatagrams());
        assertEquals(1, decoder.notExportDatagrams());
        assertEquals(0, decoder.templates());
        // a record running past its set is reported, the ones before it kept
        byte[] cut = Datagram.ipfix().set(2).u16(901).u16(2).u16(1).u16(4).u16(82).u16(65535).set(901).u32(1).u8(0).u32(2).u8(200)
                .ipfix(T, 0, 1);
        String problem = decode(cut);
        assertNotNull(problem);
        assertTrue(problem.contains("runs past"), problem);
        assertEquals(1, flows.size());
    }

    @Test
    void aTemplateFloodStaysWithinTheCaps() {
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            // 4,000 domains of 4 exporters, each sent hundreds of templates of many fields
            Datagram d = Datagram.ipfix().set(2);
            for (int t = 0; t < 20; t++) {
                d.u16(256 + random.nextInt(65_000)).u16(16);
                for (int k = 0; k < 16; k++) {
                    d.u16(1 + k).u16(4);
                }
            }
            decode(OTHER_EXPORTER_LOW + i % 4, d.ipfix(T, 0, (i / 4) % 1000), T * 1_000_000L);
            // and data sets for templates that never come
            decode(Datagram.ipfix().set(256 + random.nextInt(65_000)).raw(new byte[1000]).ipfix(T, 0, i % 50));
        }
        for (int i = 0; i < 100; i++) { // more domains than kept
            decode(Datagram.ipfix().set(2).u16(256).u16(1).u16(1).u16(4).ipfix(T, 0, 100 + i));
        }
        assertTrue(decoder.templates() <= ExportDecoder.MAX_TEMPLATES, "templates " + decoder.templates());
        assertTrue(decoder.domains().size() <= ExportDecoder.MAX_DOMAINS);
        assertTrue(decoder.heldBytes() <= ExportDecoder.MAX_HELD_BYTES);
        assertTrue(decoder.refusedTemplates() > 0);
        assertTrue(decoder.refusedDomains() > 0);
    }

    @Test
    void whatTheEncoderWritesDecodesToTheSameFlowsAndLossIsCounted() {
        for (int version : new int[] { 9, 10 }) {
            flows.clear();
            ExportDecoder fresh = new ExportDecoder(f -> flows.add(new FlowRecord().copyFrom(f)));
            ExportEncoder encoder = new ExportEncoder(version, 3, 1400, T * 1000 - 3_600_000);
            List<FlowRecord> sent = new ArrayList<>();
            Random random = new Random(version);
            int datagram = 0;
            for (int i = 0; i < 5000; i++) {
                FlowRecord f = new FlowRecord();
                if (random.nextInt(5) == 0) {
                    f.source(IpAddress.parse("2001:db8::" + Integer.toHexString(random.nextInt(65536))))
                            .destination(IpAddress.parse("2001:db8:1::" + Integer.toHexString(random.nextInt(65536))));
                } else {
                    f.sourceV4(random.nextInt()).destinationV4(random.nextInt());
                }
                f.sourcePort = random.nextInt(65536);
                f.destinationPort = random.nextInt(65536);
                f.protocol = 6;
                f.tcpFlags = random.nextInt(256);
                f.bytes = random.nextLong(1L << 40);
                f.packets = random.nextLong(1L << 30);
                f.startMicros = (T - 100) * 1_000_000L + random.nextInt(50_000) * 1000L;
                f.endMicros = f.startMicros + random.nextInt(30_000) * 1000L;
                if (encoder.add(f, T * 1000)) {
                    // every 10th datagram after the first is lost (and so are its flows)
                    ByteBuffer b = encoder.datagram();
                    if (++datagram % 10 != 5) {
                        assertNull(fresh.decode(0, EXPORTER_LOW, b, 0, b.limit(), T * 1_000_000L));
                    }
                }
                sent.add(f);
            }
            if (encoder.flush()) {
                ByteBuffer b = encoder.datagram();
                assertNull(fresh.decode(0, EXPORTER_LOW, b, 0, b.limit(), T * 1_000_000L));
            }
            ExportDomain d = fresh.domains().get(0);
            if (version == 10) {
                assertEquals(sent.size(), flows.size() + d.lostFlows(), "IPFIX counts records: received + lost = sent");
            } else {
                // v9 counts datagrams: the flows lost are estimated from the records per datagram
                assertEquals(sent.size(), flows.size() + d.lostFlows(), sent.size() / 50.0, "v9: received + lost = sent, within 2%");
                assertEquals((datagram + 5) / 10, d.lostDatagrams());
            }
            assertTrue(d.lostFlows() > 0);
            // every flow received is one sent, unchanged but for times in milliseconds
            for (FlowRecord got : flows) {
                assertTrue(sent.stream().anyMatch(s -> s.bytes == got.bytes && s.packets == got.packets && s.sourceLow == got.sourceLow
                        && s.sourceHigh == got.sourceHigh && s.destinationLow == got.destinationLow && s.sourcePort == got.sourcePort
                        && s.destinationPort == got.destinationPort && s.tcpFlags == got.tcpFlags && s.startMicros == got.startMicros
                        && s.endMicros == got.endMicros), "v" + version + " " + got);
            }
        }
    }
}
