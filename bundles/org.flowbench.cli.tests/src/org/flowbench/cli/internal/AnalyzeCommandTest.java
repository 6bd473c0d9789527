package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code flowbench analyze} on the seed's CSV against results worked out by hand (data/README.md). */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void topTalkersOfTheSeedCsvEqualTheHandMadeReference() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        Cli.Run table = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--top", "3");
        assertEquals(ExitCodes.OK, table.status(), table.err());
        assertEquals(Cli.text("seed-small-top-talkers.txt"), table.out());

        Cli.Run asCsv = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--top", "3", "--format", "csv");
        assertEquals(Cli.text("seed-small-top-talkers.csv"), asCsv.out());
    }

    @Test
    void jsonCarriesTheRankingStructure() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        Cli.Run json = Cli.run("analyze", "--analysis", "top-destinations", "--input", csv.toString(), "--top", "2", "--format", "json");
        assertEquals(ExitCodes.OK, json.status(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("ranking", o.get("kind").getAsString());
        // 1.1.1.1 receives 12000 + 4000; 93.184.216.34 receives 1000 + 2500 + 50 + 3000
        assertEquals("1.1.1.1", o.getAsJsonArray("entries").get(0).getAsJsonObject().get("key").getAsString());
        assertEquals(16000, o.getAsJsonArray("entries").get(0).getAsJsonObject().get("bytes").getAsLong());
        assertEquals("93.184.216.34", o.getAsJsonArray("entries").get(1).getAsJsonObject().get("key").getAsString());
        assertEquals(6550, o.getAsJsonArray("entries").get(1).getAsJsonObject().get("bytes").getAsLong());
        assertEquals(24450, o.getAsJsonObject("total").get("bytes").getAsLong());
        assertEquals(2, o.getAsJsonObject("other").get("keys").getAsLong()); // 8.8.8.8 and 2001:db8::1
    }

    @Test
    void timeRangeKeepsFlowsThatStartInside() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        // [08:00, 08:03): the first four rows; the +01:00 row is 07:05Z and stays out
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--format", "csv", "--from",
                "2026-01-05T08:00:00Z", "--to", "2026-01-05 08:03:00");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertEquals("""
                rank,source,bytes,packets,flows,share
                1,10.0.0.3,12000,0,1,75.9%
                2,10.0.0.2,2500,0,1,15.8%
                3,10.0.0.1,1300,0,2,8.2%
                "",total,15800,0,4,100.0%
                """, r.out());
    }

    @Test
    void filterSelectsFlows() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--format", "csv", "--filter",
                "dst host 8.8.8.8");
        assertEquals("""
                rank,source,bytes,packets,flows,share
                1,10.0.0.2,700,0,1,63.6%
                2,10.0.0.1,300,0,1,27.3%
                3,10.0.0.5,100,0,1,9.1%
                "",total,1100,0,3,100.0%
                """, r.out());
    }

    @Test
    void bytesOverTimeInMinuteBuckets() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        Cli.Run r = Cli.run("analyze", "--analysis", "bytes-over-time", "--input", csv.toString(), "--format", "csv", "--from",
                "2026-01-05T08:00:00Z", "--to", "2026-01-05T08:04:00Z", "-p", "bucket=1m");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertEquals("""
                time,bytes
                2026-01-05T08:00:00Z,3500
                2026-01-05T08:01:00Z,300
                2026-01-05T08:02:00Z,12000
                2026-01-05T08:03:00Z,700
                """, r.out());
    }

    @Test
    void mistakesGiveClearMessagesAndStatuses() throws Exception {
        Path csv = Cli.data("seed-small.csv", dir);
        Cli.Run missing = Cli.run("analyze", "--analysis", "top-talkers", "--input", dir.resolve("nope.csv").toString());
        assertEquals(ExitCodes.USAGE, missing.status());
        assertTrue(missing.err().contains("no such file") && missing.err().contains("nope.csv"), missing.err());

        Cli.Run unknown = Cli.run("analyze", "--analysis", "top-talkerz", "--input", csv.toString());
        assertEquals(ExitCodes.USAGE, unknown.status());
        assertTrue(unknown.err().contains("top-talkerz"), unknown.err());

        Cli.Run badFilter = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--filter", "port 99999");
        assertEquals(ExitCodes.USAGE, badFilter.status());
        assertTrue(badFilter.err().contains("99999"), badFilter.err());

        Cli.Run badParameter = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "-p", "by=size");
        assertEquals(ExitCodes.USAGE, badParameter.status());
        assertTrue(badParameter.err().contains("by=size"), badParameter.err());

        Cli.Run noOption = Cli.run("analyze", "--input", csv.toString());
        assertEquals(ExitCodes.USAGE, noOption.status());
        assertTrue(noOption.err().contains("--analysis"), noOption.err());
    }

    @Test
    void brokenRowsAreSkippedAndReportedWithFileAndLine() throws Exception {
        Path csv = dir.resolve("broken.csv");
        java.nio.file.Files.writeString(csv, """
                timestamp,source,destination,bytes
                2026-01-05T08:00:00Z,10.0.0.1,10.0.0.9,100
                2026-01-05T08:00:01Z,10.0.0.300,10.0.0.9,100
                2026-01-05T08:00:02Z,10.0.0.2,10.0.0.9,200
                """);
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", csv.toString(), "--format", "csv");
        assertEquals(ExitCodes.PARTIAL, r.status());
        assertTrue(r.err().contains("broken.csv") && r.err().contains("line 3"), r.err());
        assertTrue(r.out().contains(",total,300,0,2,100.0%"), r.out());
    }
}
