package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbench export} sends generated flows to {@code flowbench collect} on loopback; what was sent arrives or is counted lost. */
class CollectCommandsTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void exportedFlowsAreCollectedAndWrittenToAFile() throws Exception {
        for (String protocol : new String[] { "ipfix", "netflow9" }) {
            int port = freePort();
            Path out = dir.resolve(protocol + ".flows");
            CompletableFuture<Cli.Run> collect = CompletableFuture.supplyAsync(
                    () -> Cli.run("collect", "--listen", "127.0.0.1:" + port, "--idle", "1s", "--duration", "60s", "--quiet", "--out", out.toString()));
            Thread.sleep(500); // the collector binds its socket
            Cli.Run export = Cli.run("export", "--to", Integer.toString(port), "--protocol", protocol, "--flows", "20000", "--rate", "200k",
                    "--exporters", "2");
            assertEquals(ExitCodes.OK, export.status(), export.err());
            assertTrue(export.out().contains("sent: flows=20000"), export.out());
            Cli.Run collected = collect.get();
            assertEquals(ExitCodes.OK, collected.status(), collected.err());
            Matcher m = Pattern.compile("total: datagrams=(\\d+) flows=(\\d+) lost=(\\d+) undecodable_sets=(\\d+) malformed=(\\d+)")
                    .matcher(collected.out());
            assertTrue(m.find(), collected.out());
            long flows = Long.parseLong(m.group(2));
            long lost = Long.parseLong(m.group(3));
            assertEquals(20000, flows + lost, protocol + ": received + lost = sent\n" + collected.out());
            assertEquals("0", m.group(5));
            assertTrue(collected.out().contains("127.0.0.1 (1)") && collected.out().contains("127.0.0.1 (2)"), "two domains:\n" + collected.out());
            assertTrue(collected.err().contains("Collecting on /127.0.0.1:" + port), collected.err());
            Cli.Run info = Cli.run("info", "--input", out.toString());
            assertTrue(info.out().contains("Flows:           " + flows), info.out());
        }
    }

    @Test
    void rotationWritesOneNativeFilePerPeriod() throws Exception {
        int port = freePort();
        Path folder = dir.resolve("rotated");
        java.nio.file.Files.createDirectories(folder);
        CompletableFuture<Cli.Run> collect = CompletableFuture.supplyAsync(() -> Cli.run("collect", "--listen", "127.0.0.1:" + port, "--idle",
                "1s", "--duration", "60s", "--quiet", "--rotate", "1s", "--out-dir", folder.toString()));
        Thread.sleep(500);
        Cli.Run export = Cli.run("export", "--to", Integer.toString(port), "--flows", "30000", "--rate", "10k");
        assertEquals(ExitCodes.OK, export.status(), export.err());
        Cli.Run collected = collect.get();
        assertEquals(ExitCodes.OK, collected.status(), collected.err());
        Matcher m = Pattern.compile("total: datagrams=\\d+ flows=(\\d+)").matcher(collected.out());
        assertTrue(m.find(), collected.out());
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() >= 2, "a file per second of 3 s of flows: " + files);
        long flows = 0;
        for (Path f : files) {
            assertTrue(f.getFileName().toString().matches("flows-\\d{8}T\\d{6}Z\\.flows"), f.toString());
            Matcher n = Pattern.compile("Flows: +(\\d+)").matcher(Cli.run("info", "--input", f.toString()).out());
            assertTrue(n.find());
            flows += Long.parseLong(n.group(1));
        }
        assertEquals(Long.parseLong(m.group(1)), flows, "every flow collected is in one of the files");
    }

    @Test
    void badAddressesAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Cli.run("collect", "--listen", "localhost:99999").status());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--to", "example:2055").status());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--protocol", "netflow5").status());
    }
}
