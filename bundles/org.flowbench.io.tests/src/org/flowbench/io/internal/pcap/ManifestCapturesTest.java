package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every file of the shared real-capture set ({@code ../shared/captures/MANIFEST.json} beside the
 * repository) read as the user would, through {@link FlowFormats}, against the ground truth that
 * tshark computed (definitions in the header of {@code truth.sh}): frames, frame bytes (original
 * lengths), frames with IP, truncated frames, IP endpoints (IPv4 and IPv6) and the top 5 sources
 * and destinations by bytes of the outermost IP header. Damaged files give the error with the file
 * and the byte offset, and what they hold is read. Captures of NetFlow/IPFIX exports are detected
 * as such (their flow records are checked by {@link ManifestFlowRecordsTest}); their packets are
 * checked here through the container's own reader. The Zeek logs of the set are not captures: for
 * them it is checked that no capture reader claims them. Nothing is skipped: a missing set or file
 * fails.
 */
class ManifestCapturesTest {

    /** Overrides where the shared folder is (it holds captures/MANIFEST.json). */
    static final String SHARED_PROPERTY = "flowbench.shared";

    /** @return the captures folder: beside the repository that these tests run in */
    static Path capturesFolder() {
        String configured = System.getProperty(SHARED_PROPERTY);
        if (configured != null) {
            return Path.of(configured, "captures");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("targets/flowbench.target"))) {
                return p.resolveSibling("shared").resolve("captures");
            }
        }
        throw new AssertionError("the repository root (with targets/flowbench.target) is not above " + Path.of("").toAbsolutePath()
                + "; set -D" + SHARED_PROPERTY + " to the shared folder");
    }

    @TestFactory
    Stream<DynamicTest> everyFileOfTheManifest() throws IOException {
        Path folder = capturesFolder();
        Path manifest = folder.resolve("MANIFEST.json");
        assertTrue(Files.isRegularFile(manifest), "no " + manifest + ": the shared capture set must be there (../shared beside the repository)");
        JsonObject root;
        try (Reader in = Files.newBufferedReader(manifest)) {
            root = JsonParser.parseReader(in).getAsJsonObject();
        }
        JsonArray files = root.getAsJsonArray("files");
        assertEquals(root.get("file_count").getAsInt(), files.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : files) {
            JsonObject entry = e.getAsJsonObject();
            String name = entry.get("file").getAsString();
            JsonObject truth = entry.getAsJsonObject("truth");
            Path file = folder.resolve(name);
            String kind = truth.get("kind").getAsString();
            if (kind.equals("capture")) {
                tests.add(DynamicTest.dynamicTest(name, () -> checkCapture(file, entry.get("sha256").getAsString(), truth)));
            } else {
                tests.add(DynamicTest.dynamicTest(name + " (" + kind + ", not a capture: no capture reader claims it)",
                        () -> checkNotClaimed(file, entry.get("sha256").getAsString())));
            }
        }
        return tests.stream();
    }

    private static void checkNotClaimed(Path file, String sha256) throws Exception {
        checkSha256(file, sha256);
        byte[] head = Files.readAllBytes(file);
        assertFalse(new PcapReader().recognizes(head));
        assertFalse(new PcapngReader().recognizes(head));
        assertFalse(new ExportCaptureReader().recognizes(head));
    }

    private static void checkCapture(Path file, String sha256, JsonObject truth) throws Exception {
        checkSha256(file, sha256);
        FlowFormats formats = FlowFormats.withBuiltInFormats();
        String container = truth.getAsJsonObject("header").get("container").getAsString();
        boolean export = truth.has("netflow");
        assertEquals(export ? "flow-export-capture" : container, formats.readerFor(file).orElseThrow().id(), "detected by content");
        FlowReader packetReader = container.equals("pcap") ? new PcapReader() : new PcapngReader();
        boolean damaged = truth.get("tshark_rc").getAsInt() != 0;
        long packets = truth.get("packets").getAsLong();
        LoadedFlows loaded;
        try {
            loaded = export ? packetReader.load(file, Progress.NONE) : formats.load(file, Progress.NONE);
        } catch (FlowDataException e) {
            // nothing could be read: then tshark read nothing either
            assertTrue(damaged, "an error on a file tshark reads: " + e.getMessage());
            assertEquals(0, packets, e.getMessage());
            assertEquals(file.toString(), e.source());
            assertTrue(e.place().matches("byte \\d+"), e.place());
            assertTrue(e.getMessage().startsWith(file + ", byte "), e.getMessage());
            return;
        }
        ReadReport report = loaded.report();
        if (damaged) {
            // the damage is reported with the file and the byte, and what came before it is kept
            FlowDataException problem = report.problems().get(report.problems().size() - 1);
            assertEquals(file.toString(), problem.source());
            assertTrue(problem.place().matches("byte \\d+"), problem.place());
            assertTrue(report.counter(PacketFlows.BYTES_NOT_READ) > 0, report.summary());
        } else {
            assertEquals(List.of(), report.problems().stream().map(Throwable::getMessage).toList());
        }
        assertEquals(packets, report.counter(PacketFlows.FRAMES), "frames");
        assertEquals(truth.get("total_bytes").getAsLong(), report.counter(PacketFlows.FRAME_BYTES), "frame bytes");
        assertEquals(truth.get("ip_frames").getAsLong(), packets - report.counter(PacketFlows.FRAMES_WITHOUT_IP), "frames with IP");
        assertEquals(truth.get("truncated_frames").getAsLong(), report.counter(PacketFlows.TRUNCATED_FRAMES), "truncated frames");

        FlowSnapshot flows = loaded.store().snapshot();
        Map<Integer, Long> sent = bytesBy(flows, true);
        Map<Integer, Long> received = bytesBy(flows, false);
        AddressDictionary addresses = flows.addresses();
        long v4 = 0;
        for (int id = 0; id < addresses.size(); id++) {
            if (addresses.address(id).isV4()) {
                v4++;
            }
        }
        assertEquals(truth.get("ip_endpoints").getAsInt(), addresses.size(), "IP endpoints");
        assertEquals(truth.get("ipv4_endpoints").getAsLong(), v4, "IPv4 endpoints");
        assertEquals(truth.get("top5_src_by_bytes").toString(), top5(sent, addresses), "top 5 sources by bytes");
        assertEquals(truth.get("top5_dst_by_bytes").toString(), top5(received, addresses), "top 5 destinations by bytes");
        assertEquals(flows.totalBytes(), report.counter(PacketFlows.FRAME_BYTES) - report.counter(PacketFlows.BYTES_WITHOUT_IP),
                "the flows hold the bytes of the frames with IP");
    }

    /** @return bytes by source (or destination) address id */
    static Map<Integer, Long> bytesBy(FlowSnapshot flows, boolean source) {
        Map<Integer, Long> bytes = new HashMap<>();
        for (int k = 0; k < flows.segmentCount(); k++) {
            FlowSegment s = flows.segment(k);
            for (int i = 0, n = flows.rowsIn(k); i < n; i++) {
                bytes.merge(source ? s.source(i) : s.destination(i), s.bytes(i), Long::sum);
            }
        }
        return bytes;
    }

    /** @return the five largest as truth.sh writes them: [["address",bytes],...], ties by address text */
    static String top5(Map<Integer, Long> bytes, AddressDictionary addresses) {
        JsonArray out = new JsonArray();
        bytes.entrySet().stream().map(e -> Map.entry(addresses.format(e.getKey()), e.getValue()))
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey))
                .limit(5).forEach(e -> {
                    JsonArray pair = new JsonArray();
                    pair.add(e.getKey());
                    pair.add(e.getValue());
                    out.add(pair);
                });
        return out.toString();
    }

    static void checkSha256(Path file, String expected) throws Exception {
        if (!Files.isRegularFile(file)) {
            fail("the manifest lists " + file + ", which is not there");
        }
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(expected, actual, "the file is the one the manifest describes");
    }
}
