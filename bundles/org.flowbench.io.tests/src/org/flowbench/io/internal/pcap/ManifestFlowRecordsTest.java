package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.netflow.ExportDecoder;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The flow records of the shared set ({@code ../shared/captures/MANIFEST.json}) read as the user
 * reads them, through {@link FlowFormats}, against tshark's ground truth (definitions in
 * {@code truth.sh}): for every capture of NetFlow v5/v9 and IPFIX exports the export datagrams,
 * the flow records (options records included), the octets, the data sets whose template never came
 * and the top 5 sources by octets, exactly when read as Wireshark reads v9 (stopping at the header's
 * record count), and as the user reads it (every set) wherever no set follows that count; for every Zeek conn.log (TSV and JSON) the records, IP bytes,
 * packets, distinct hosts and the top 5 hosts by bytes sent and received. A missing file fails.
 */
class ManifestFlowRecordsTest {

    @TestFactory
    Stream<DynamicTest> everyFlowRecordFileOfTheManifest() throws IOException {
        Path folder = ManifestCapturesTest.capturesFolder();
        JsonObject root;
        try (Reader in = Files.newBufferedReader(folder.resolve("MANIFEST.json"))) {
            root = JsonParser.parseReader(in).getAsJsonObject();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("files")) {
            JsonObject entry = e.getAsJsonObject();
            JsonObject truth = entry.getAsJsonObject("truth");
            Path file = folder.resolve(entry.get("file").getAsString());
            String sha256 = entry.get("sha256").getAsString();
            if (truth.has("netflow")) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " (flow export)", () -> checkExport(file, sha256, truth.getAsJsonObject("netflow"))));
            } else if (truth.get("kind").getAsString().equals("zeek_conn_log")) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " (Zeek conn.log)", () -> checkZeek(file, sha256, truth)));
            }
        }
        assertTrue(tests.size() >= 12, "the set has 11 export captures and 2 conn.logs, found " + tests.size());
        return tests.stream();
    }

    private static void checkExport(Path file, String sha256, JsonObject truth) throws Exception {
        ManifestCapturesTest.checkSha256(file, sha256);
        FlowFormats formats = FlowFormats.withBuiltInFormats();
        assertEquals("flow-export-capture", formats.readerFor(file).orElseThrow().id(), "detected by content");
        // read as Wireshark reads NetFlow v9 (no set after the header's record count): the truth exactly
        LoadedFlows wireshark = new ExportCaptureReader(true).load(file, Progress.NONE);
        assertEquals(List.of(), wireshark.report().problems().stream().map(Throwable::getMessage).toList());
        assertTruth(truth, wireshark);
        // read as the user reads it (every set, as nfdump): the same, unless sets follow the count
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        ReadReport report = loaded.report();
        assertEquals(List.of(), report.problems().stream().map(Throwable::getMessage).toList());
        if (report.counter(ExportDecoder.SETS_BEYOND_COUNT) == 0) {
            assertTruth(truth, loaded);
        } else {
            assertTrue(report.counter(ExportDecoder.RECORDS) > truth.get("flow_records").getAsLong(), report.summary());
            assertTrue(loaded.store().snapshot().totalBytes() >= truth.get("flow_octets_sum").getAsLong(), report.summary());
        }
    }

    private static void assertTruth(JsonObject truth, LoadedFlows loaded) {
        ReadReport report = loaded.report();
        assertEquals(truth.get("export_packets").getAsLong(), report.counter(ExportDecoder.DATAGRAMS), "export datagrams");
        assertEquals(truth.get("flow_records").getAsLong(), report.counter(ExportDecoder.RECORDS), "flow records");
        assertEquals(truth.get("undecoded_data_flowsets").getAsLong(), report.counter(ExportDecoder.UNDECODABLE_SETS), "data sets without template");
        FlowSnapshot flows = loaded.store().snapshot();
        assertEquals(report.counter(ExportDecoder.RECORDS) - report.counter(ExportDecoder.OPTIONS_RECORDS), flows.size(), "flows stored");
        assertEquals(truth.get("flow_octets_sum").getAsLong(), flows.totalBytes(), "octets");
        assertEquals(truth.get("flow_packets_sum").getAsLong(), flows.totalPackets(), "packets");
        Map<Integer, Long> sent = ManifestCapturesTest.bytesBy(flows, true);
        assertEquals(truth.get("top5_flow_src_by_octets").toString(), ManifestCapturesTest.top5(sent, flows.addresses()), "top 5 sources by octets");
    }

    private static void checkZeek(Path file, String sha256, JsonObject truth) throws Exception {
        ManifestCapturesTest.checkSha256(file, sha256);
        FlowFormats formats = FlowFormats.withBuiltInFormats();
        String expected = truth.get("format").getAsString().equals("zeek-tsv") ? "zeek-conn-tsv" : "zeek-conn-json";
        assertEquals(expected, formats.readerFor(file).orElseThrow().id(), "detected by content");
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        ReadReport report = loaded.report();
        assertEquals(List.of(), report.problems().stream().map(Throwable::getMessage).toList());
        assertEquals(truth.get("records").getAsLong(), report.counter("connections"), "records");
        FlowSnapshot flows = loaded.store().snapshot();
        assertEquals(truth.get("ip_bytes_sum").getAsLong(), flows.totalBytes(), "IP bytes");
        assertEquals(truth.get("packets_sum").getAsLong(), flows.totalPackets(), "packets");
        assertEquals(truth.get("distinct_hosts").getAsInt(), flows.addresses().size(), "distinct hosts");
        Map<Integer, Long> sent = ManifestCapturesTest.bytesBy(flows, true);
        Map<Integer, Long> received = ManifestCapturesTest.bytesBy(flows, false);
        assertEquals(truth.get("top5_hosts_by_ip_bytes_sent").toString(), ManifestCapturesTest.top5(sent, flows.addresses()), "top 5 senders");
        assertEquals(truth.get("top5_hosts_by_ip_bytes_received").toString(), ManifestCapturesTest.top5(received, flows.addresses()),
                "top 5 receivers");
    }
}
