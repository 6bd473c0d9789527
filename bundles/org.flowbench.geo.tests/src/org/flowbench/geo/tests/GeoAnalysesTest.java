package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.ResultKind;
import org.flowbench.analysis.Table;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** The geo analyses, run through the analysis registry as the CLI and the views run them. */
class GeoAnalysesTest {

    private static final Flows FLOWS = new Flows()
            .add(Flows.PRIVATE, Flows.US, 1_000) // t = 1 s
            .add(Flows.US, Flows.PRIVATE, 50_000)
            .add(Flows.PRIVATE, Flows.DE, 2_000)
            .add(Flows.DE, Flows.PRIVATE, 30_000)
            .add(Flows.JP, Flows.BR, 7_000) // t = 5 s
            .add(Flows.PRIVATE_V6, Flows.FR_V6, 400)
            .add(Flows.FR_V6, Flows.PRIVATE_V6, 9_000)
            .add(Flows.DOCUMENTATION, Flows.US, 5);

    @Test
    void bothAnalysesAreContributedThroughTheExtensionPoint() {
        AnalysisRegistry registry = LiveGeoIp.registry();
        for (String id : List.of("geo-countries", "geo-country-pairs")) {
            AnalysisDescriptor d = registry.descriptor(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
            assertEquals(ResultKind.TABLE, d.resultKind());
            assertEquals("org.flowbench.geo", d.contributor());
        }
    }

    @Test
    void countriesSumTheirBytesAsSourceAndAsDestination() {
        Table t = (Table) LiveGeoIp.registry().compute("geo-countries", AnalysisQuery.of(FLOWS.store().snapshot()).withTopN(100),
                Progress.NONE);
        Map<String, List<Object>> rows = byKey(t, 0);
        assertEquals(List.of("US", "United States", 50_000L, 1_005L), rows.get("US").subList(0, 4));
        assertEquals(List.of("DE", "Germany", 30_000L, 2_000L), rows.get("DE").subList(0, 4));
        assertEquals(List.of(7_000L, 0L), rows.get("JP").subList(2, 4));
        assertEquals(List.of(0L, 7_000L), rows.get("BR").subList(2, 4));
        assertEquals(List.of(9_000L, 400L), rows.get("FR").subList(2, 4));
        assertEquals(List.of(3_400L, 89_000L), rows.get("private").subList(2, 4));
        assertEquals(List.of(5L, 0L), rows.get("documentation").subList(2, 4));
        // flows as source and destination
        assertEquals(List.of(1L, 2L), rows.get("US").subList(6, 8));
        // ordered by bytes in both roles: private 92,400, US 51,005, DE 32,000, ...
        assertEquals(List.of("private", "US", "DE"), t.rows().stream().limit(3).map(r -> r.get(0)).toList());
    }

    @Test
    void theTopNKeepsTheRestAsOther() {
        Table t = (Table) LiveGeoIp.registry().compute("geo-countries", AnalysisQuery.of(FLOWS.store().snapshot()).withTopN(2),
                Progress.NONE);
        assertEquals(3, t.rows().size());
        List<Object> other = t.rows().get(2);
        assertEquals("other", other.get(0));
        // everything but private and US: DE 30,000 + JP 7,000 + FR 9,000 + documentation 5
        assertEquals(46_005L, other.get(2));
    }

    @Test
    void pairsFollowTheTimeRangeAndTheFilter() {
        AnalysisQuery all = AnalysisQuery.of(FLOWS.store().snapshot()).withTopN(100);
        Map<String, List<Object>> rows = byKey((Table) LiveGeoIp.registry().compute("geo-country-pairs", all, Progress.NONE), 0, 2);
        assertEquals(50_000L, rows.get("US>private").get(4));
        assertEquals(7_000L, rows.get("JP>BR").get(4));
        assertEquals(1L, rows.get("JP>BR").get(6));
        assertEquals(9_000L, rows.get("FR>private").get(4));
        assertEquals(8, rows.size());

        AnalysisQuery early = all.withTimeRange(new TimeRange(0, 3_000_000)); // the first two flows
        assertEquals(2, ((Table) LiveGeoIp.registry().compute("geo-country-pairs", early, Progress.NONE)).rows().size());

        AnalysisQuery toDe = all.withFilter(FlowFilter.parse("dst country DE"));
        Table pairs = (Table) LiveGeoIp.registry().compute("geo-country-pairs", toDe, Progress.NONE);
        assertEquals(List.of(List.of("private", "Private (RFC 1918, RFC 4193)", "DE", "Germany", 2_000L, 2L, 1L)), pairs.rows());
    }

    @Test
    void bytesAddUpOverAGeneratedDataset() {
        // every flow counts once as source and once as destination, whatever its place
        var store = new org.flowbench.model.FlowStore();
        org.flowbench.generator.TrafficGenerator.generate(
                org.flowbench.generator.GeneratorSettings.defaults().withFlows(50_000), store, Progress.NONE);
        Table t = (Table) LiveGeoIp.registry().compute("geo-countries", AnalysisQuery.of(store.snapshot()).withTopN(1000),
                Progress.NONE);
        long source = t.rows().stream().mapToLong(r -> (Long) r.get(2)).sum();
        long destination = t.rows().stream().mapToLong(r -> (Long) r.get(3)).sum();
        assertEquals(store.snapshot().totalBytes(), source);
        assertEquals(store.snapshot().totalBytes(), destination);
        Map<String, List<Object>> rows = byKey(t, 0);
        assertTrue(rows.containsKey("US") && rows.containsKey("DE"), rows.keySet()::toString);
        assertTrue(!rows.containsKey("unknown") || (Long) rows.get("unknown").get(3) < store.snapshot().totalBytes() / 100,
                "generated hosts lie in real country ranges");
    }

    private static Map<String, List<Object>> byKey(Table t, int... columns) {
        Map<String, List<Object>> out = new HashMap<>();
        for (List<Object> row : t.rows()) {
            StringBuilder key = new StringBuilder();
            for (int c : columns) {
                key.append(key.length() > 0 ? ">" : "").append(row.get(c));
            }
            out.put(key.toString(), row);
        }
        return out;
    }
}
