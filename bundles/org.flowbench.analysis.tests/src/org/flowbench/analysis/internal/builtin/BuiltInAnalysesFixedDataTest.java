package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Flows.MINUTE;
import static org.flowbench.analysis.tests.Flows.SECOND;
import static org.flowbench.analysis.tests.Flows.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.FixedFlows;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** The built-in analyses on {@link FixedFlows}, with every expected number worked out by hand. */
class BuiltInAnalysesFixedDataTest {

    private final List<FlowSnapshot> snapshots = FixedFlows.dataset().snapshots();

    /** Runs the query on every segment size; all must give the same result, which is returned. */
    private <R extends AnalysisResult> List<R> compute(String id, java.util.function.UnaryOperator<AnalysisQuery> query) {
        @SuppressWarnings("unchecked")
        List<R> results = snapshots.stream().map(s -> (R) BuiltIns.registry().compute(id, query.apply(AnalysisQuery.of(s)), Progress.NONE)).toList();
        return results;
    }

    private static void assertSeries(String title, Unit unit, long start, long width, long[] values, List<TimeSeries> actual) {
        for (TimeSeries s : actual) {
            assertEquals(title, s.title());
            assertEquals(unit, s.unit());
            assertEquals(start, s.startMicros());
            assertEquals(width, s.bucketMicros());
            assertArrayEquals(values, s.values(), () -> Arrays.toString(s.values()));
        }
    }

    // ---- bytes-over-time

    @Test
    void bytesPerMinute() {
        long[] values = new long[23]; // up to the end of flow 9 at T0 + 23 min
        values[0] = 1000 + 5000 + 80 + 120;
        values[1] = 2000 + 84;
        values[2] = 3000 + 0 + 1000; // flow 9 starts 1 us before minute 3
        values[3] = 200;
        assertSeries("Bytes per 1m", Unit.BYTES, T0, MINUTE, values, compute("bytes-over-time", q -> q.withParameter("bucket", "1m")));
    }

    @Test
    void packetsAndFlowsPerMinute() {
        long[] packets = new long[23];
        packets[0] = 10 + 8 + 1 + 1;
        packets[1] = 20 + 1;
        packets[2] = 12 + 1 + 10;
        packets[3] = 2;
        assertSeries("Packets per 1m", Unit.PACKETS, T0, MINUTE, packets,
                compute("bytes-over-time", q -> q.withParameter("bucket", "1m").withParameter("metric", "packets")));
        long[] flows = new long[23];
        flows[0] = 4;
        flows[1] = 2;
        flows[2] = 3;
        flows[3] = 1;
        assertSeries("Flows per 1m", Unit.FLOWS, T0, MINUTE, flows,
                compute("bytes-over-time", q -> q.withParameter("bucket", "1m").withParameter("metric", "flows")));
    }

    @Test
    void defaultResolutionGivesOneSecondBuckets() {
        long[] values = new long[1380]; // 1380 s of data fit 1440 points at 1 s, not at 100 ms
        values[0] = 1000;
        values[1] = 5000;
        values[30] = 80 + 120;
        values[61] = 2000;
        values[65] = 84;
        values[125] = 3000;
        values[179] = 1000;
        values[180] = 200;
        assertSeries("Bytes per 1s", Unit.BYTES, T0, SECOND, values, compute("bytes-over-time", q -> q));
    }

    @Test
    void tenPointsGiveFiveMinuteBuckets() {
        // 1 min: 23 buckets, 2 min: 12, 5 min: 5
        assertSeries("Bytes per 5m", Unit.BYTES, T0, 5 * MINUTE, new long[] { 12484, 0, 0, 0, 0 },
                compute("bytes-over-time", q -> q.withResolution(10)));
    }

    @Test
    void aTimeRangeKeepsTheFlowsStartingInItWithBucketsAlignedToTheMinute() {
        TimeRange range = new TimeRange(T0 + 30 * SECOND + 500_000, T0 + 130 * SECOND); // flows 4, 5, 6, 7
        assertSeries("Bytes per 1m", Unit.BYTES, T0, MINUTE, new long[] { 120, 2000 + 84, 3000 },
                compute("bytes-over-time", q -> q.withTimeRange(range).withParameter("bucket", "1m")));
    }

    @Test
    void aFilterKeepsTheMatchingFlows() {
        long[] values = new long[23];
        values[0] = 1000 + 5000; // port 443: flows 1, 2, 7
        values[2] = 3000;
        assertSeries("Bytes per 1m", Unit.BYTES, T0, MINUTE, values,
                compute("bytes-over-time", q -> q.withFilter(FlowFilter.parse("port 443")).withParameter("bucket", "1m")));
    }

    @Test
    void aTimeRangeWithoutDataGivesNoBuckets() {
        for (TimeSeries s : this.<TimeSeries>compute("bytes-over-time",
                q -> q.withTimeRange(new TimeRange(T0 + 2 * 60 * MINUTE, T0 + 3 * 60 * MINUTE)))) {
            assertEquals(0, s.size());
            assertEquals(0, s.total());
            assertEquals(-1, s.peakIndex());
        }
    }

    @Test
    void noFlowsGiveNoBuckets() {
        TimeSeries s = (TimeSeries) BuiltIns.registry().compute("bytes-over-time", AnalysisQuery.of(FlowSnapshot.empty()), Progress.NONE);
        assertEquals(0, s.size());
        assertEquals("Bytes per 1us", s.title());
    }

    // ---- top-talkers and top-destinations

    private static void assertRanking(String title, String keyLabel, List<String> metrics, List<String> keys, long[][] values, long[] other,
            long otherKeys, long[] total, List<Ranking> actual) {
        for (Ranking r : actual) {
            assertEquals(title, r.title());
            assertEquals(keyLabel, r.keyLabel());
            assertEquals(metrics, r.metrics().stream().map(Ranking.Metric::name).toList());
            assertEquals(keys, r.entries().stream().map(Ranking.Entry::key).toList());
            for (int i = 0; i < values.length; i++) {
                assertArrayEquals(values[i], r.entries().get(i).values(), keys.get(i));
            }
            assertArrayEquals(other, r.other(), "other");
            assertEquals(otherKeys, r.otherKeys(), "other keys");
            assertArrayEquals(total, r.total(), "total");
        }
    }

    @Test
    void topThreeTalkersByBytes() {
        assertRanking("Top talkers by bytes", "Source", List.of("bytes", "packets", "flows"), List.of("10.0.0.1", "192.168.1.10", "10.0.0.2"),
                new long[][] { { 5084, 33, 4 }, { 5000, 8, 1 }, { 2080, 21, 2 } }, new long[] { 320, 4, 3 }, 3, new long[] { 12484, 66, 10 },
                compute("top-talkers", q -> q.withTopN(3)));
    }

    @Test
    void unitsFollowTheMetricOrder() {
        for (Ranking r : this.<Ranking>compute("top-talkers", q -> q.withParameter("by", "flows"))) {
            assertEquals(List.of(Unit.FLOWS, Unit.BYTES, Unit.PACKETS), r.metrics().stream().map(Ranking.Metric::unit).toList());
            assertEquals(0.4, r.share(r.entries().get(0)), 1e-12);
        }
    }

    @Test
    void topTwoTalkersByPacketsListPacketsFirst() {
        assertRanking("Top talkers by packets", "Source", List.of("packets", "bytes", "flows"), List.of("10.0.0.1", "10.0.0.2"),
                new long[][] { { 33, 5084, 4 }, { 21, 2080, 2 } }, new long[] { 12, 5320, 4 }, 4, new long[] { 66, 12484, 10 },
                compute("top-talkers", q -> q.withTopN(2).withParameter("by", "packets")));
    }

    @Test
    void talkersByFlowsBreakTiesInTheOrderTheStoreFirstSawTheAddresses() {
        // 192.168.1.10 is seen in flow 1, 192.168.1.53 in flow 3, 10.0.0.3 in flow 8, 2001:db8::1 in flow 10
        assertRanking("Top talkers by flows", "Source", List.of("flows", "bytes", "packets"),
                List.of("10.0.0.1", "10.0.0.2", "192.168.1.10", "192.168.1.53", "10.0.0.3", "2001:db8::1"),
                new long[][] { { 4, 5084, 33 }, { 2, 2080, 21 }, { 1, 5000, 8 }, { 1, 120, 1 }, { 1, 0, 1 }, { 1, 200, 2 } }, new long[3], 0,
                new long[] { 10, 12484, 66 }, compute("top-talkers", q -> q.withParameter("by", "flows")));
    }

    @Test
    void aTalkerWithOnlyEmptyFlowsIsStillListedLastWhenThereIsRoom() {
        assertRanking("Top talkers by bytes", "Source", List.of("bytes", "packets", "flows"),
                List.of("10.0.0.1", "192.168.1.10", "10.0.0.2", "2001:db8::1", "192.168.1.53", "10.0.0.3"),
                new long[][] { { 5084, 33, 4 }, { 5000, 8, 1 }, { 2080, 21, 2 }, { 200, 2, 1 }, { 120, 1, 1 }, { 0, 1, 1 } }, new long[3], 0,
                new long[] { 12484, 66, 10 }, compute("top-talkers", q -> q.withTopN(100)));
    }

    @Test
    void topDestinationsByBytes() {
        assertRanking("Top destinations by bytes", "Destination", List.of("bytes", "packets", "flows"),
                List.of("192.168.1.10", "10.0.0.1", "ff02::fb", "192.168.1.53", "10.0.0.2"),
                new long[][] { { 7000, 53, 5 }, { 5000, 8, 1 }, { 200, 2, 1 }, { 164, 2, 2 }, { 120, 1, 1 } }, new long[3], 0,
                new long[] { 12484, 66, 10 }, compute("top-destinations", q -> q));
    }

    @Test
    void topDestinationsOfOneClient() {
        assertRanking("Top destinations by bytes", "Destination", List.of("bytes", "packets", "flows"), List.of("192.168.1.10"),
                new long[][] { { 5000, 32, 3 } }, new long[] { 84, 1, 1 }, 1, new long[] { 5084, 33, 4 },
                compute("top-destinations", q -> q.withTopN(1).withFilter(FlowFilter.parse("src host 10.0.0.1"))));
    }

    // ---- conversations

    private static final List<List<Object>> CONVERSATIONS = List.of(
            List.of("10.0.0.1", "192.168.1.10", 5000L, 5000L, 32L, 8L, 4L, 10000L),
            List.of("10.0.0.2", "192.168.1.10", 2000L, 0L, 20L, 0L, 1L, 2000L), // first seen from the higher id: swapped to A < B
            List.of("10.0.0.2", "192.168.1.53", 80L, 120L, 1L, 1L, 2L, 200L), // 200 bytes, seen before the IPv6 pair
            List.of("2001:db8::1", "ff02::fb", 200L, 0L, 2L, 0L, 1L, 200L),
            List.of("10.0.0.1", "192.168.1.53", 84L, 0L, 1L, 0L, 1L, 84L),
            List.of("10.0.0.3", "192.168.1.10", 0L, 0L, 1L, 0L, 1L, 0L));

    @Test
    void conversationsInBothDirections() {
        for (Table t : this.<Table>compute("conversations", q -> q)) {
            assertEquals("Conversations by bytes", t.title());
            assertEquals(List.of("Address A", "Address B", "Bytes A to B", "Bytes B to A", "Packets A to B", "Packets B to A", "Flows", "Bytes"),
                    t.columns().stream().map(Table.Column::name).toList());
            assertEquals(List.of(Table.ColumnType.ADDRESS, Table.ColumnType.ADDRESS, Table.ColumnType.NUMBER, Table.ColumnType.NUMBER,
                    Table.ColumnType.NUMBER, Table.ColumnType.NUMBER, Table.ColumnType.NUMBER, Table.ColumnType.NUMBER),
                    t.columns().stream().map(Table.Column::type).toList());
            assertEquals(CONVERSATIONS, t.rows());
            assertEquals(7, t.columnIndex("Bytes"));
        }
    }

    @Test
    void topTwoConversations() {
        for (Table t : this.<Table>compute("conversations", q -> q.withTopN(2))) {
            assertEquals(CONVERSATIONS.subList(0, 2), t.rows());
        }
    }

    // ---- protocol-mix

    @Test
    void servicesByBytesWithTheLowerPort() {
        for (Table t : this.<Table>compute("protocol-mix", q -> q)) {
            assertEquals("Protocols and services by bytes", t.title());
            assertEquals(List.of("Protocol", "Service", "Bytes", "Packets", "Flows", "Share of bytes"),
                    t.columns().stream().map(Table.Column::name).toList());
            assertEquals(List.of(
                    List.of("TCP", "443 (https)", 9000L, 30L, 3L, "72.1%"), // request to 443 and answer from 443
                    List.of("TCP", "80 (http)", 2000L, 20L, 1L, "16.0%"),
                    List.of("TCP", "22 (ssh)", 1000L, 10L, 1L, "8.0%"),
                    List.of("UDP", "53 (dns)", 200L, 2L, 2L, "1.6%"), // ties with 5353: the lower port first
                    List.of("UDP", "5353 (mdns)", 200L, 2L, 1L, "1.6%"),
                    List.of("ICMP", "", 84L, 1L, 1L, "0.7%"),
                    List.of("TCP", "8123", 0L, 1L, 1L, "0.0%")), t.rows());
        }
    }

    @Test
    void topThreeServicesAndTheRestAsOther() {
        for (Table t : this.<Table>compute("protocol-mix", q -> q.withTopN(3))) {
            assertEquals(List.of(
                    List.of("TCP", "443 (https)", 9000L, 30L, 3L, "72.1%"),
                    List.of("TCP", "80 (http)", 2000L, 20L, 1L, "16.0%"),
                    List.of("TCP", "22 (ssh)", 1000L, 10L, 1L, "8.0%"),
                    List.of("other", "", 484L, 6L, 5L, "3.9%")), t.rows());
        }
    }

    @Test
    void protocolsOnly() {
        for (Table t : this.<Table>compute("protocol-mix", q -> q.withParameter("level", "protocol"))) {
            assertEquals("Protocols by bytes", t.title());
            assertEquals(List.of(
                    List.of("TCP", "", 12000L, 61L, 6L, "96.1%"),
                    List.of("UDP", "", 400L, 4L, 3L, "3.2%"),
                    List.of("ICMP", "", 84L, 1L, 1L, "0.7%")), t.rows());
        }
    }

    @Test
    void udpServices() {
        for (Table t : this.<Table>compute("protocol-mix", q -> q.withFilter(FlowFilter.parse("udp")))) {
            assertEquals(List.of(
                    List.of("UDP", "53 (dns)", 200L, 2L, 2L, "50.0%"),
                    List.of("UDP", "5353 (mdns)", 200L, 2L, 1L, "50.0%")), t.rows());
        }
    }

    @Test
    void onlyEmptyFlowsShowWithZeroShares() {
        for (Table t : this.<Table>compute("protocol-mix", q -> q.withFilter(FlowFilter.parse("src host 10.0.0.3")))) {
            assertEquals(List.of(List.of("TCP", "8123", 0L, 1L, 1L, "0.0%")), t.rows());
        }
    }
}
