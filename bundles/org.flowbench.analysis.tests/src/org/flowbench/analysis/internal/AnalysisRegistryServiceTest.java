package org.flowbench.analysis.internal;

import static org.flowbench.analysis.tests.LiveRegistry.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ParameterDescriptor.Type;
import org.flowbench.analysis.ResultKind;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.tests.FixedFlows;
import org.flowbench.analysis.tests.LiveRegistry;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/** The registry as the running application meets it: a DS service with the analyses of every bundle. */
class AnalysisRegistryServiceTest {

    private static final String CORE = "org.flowbench.analysis";

    private final AnalysisRegistry registry = LiveRegistry.get();
    private final FlowSnapshot flows = FixedFlows.dataset().snapshot();

    @Test
    void listsTheBuiltInsAndTheContributedAnalysesByName() {
        assertEquals(List.of("conversations", "flow-size-classes", "long-flows", "protocol-mix", "top-destinations", "top-talkers", "bytes-over-time"),
                registry.analyses().stream().map(AnalysisDescriptor::id).toList());
        assertEquals(List.of("Conversations", "Flow size classes", "Long flows", "Protocol and service mix", "Top destinations", "Top talkers",
                "Traffic over time"), registry.analyses().stream().map(AnalysisDescriptor::name).toList());
    }

    @Test
    void builtInDescriptorsAreThoseOfPluginXml() {
        List<String> metrics = List.of("bytes", "packets", "flows");
        assertEquals(Optional.of(new AnalysisDescriptor("bytes-over-time", "Traffic over time",
                "Bytes (or packets, or flows) per time bucket; each flow counts in the bucket where it starts.", ResultKind.TIME_SERIES,
                List.of(new ParameterDescriptor("metric", "Metric", Type.CHOICE, "bytes", metrics, "What to sum per bucket"),
                        new ParameterDescriptor("bucket", "Bucket", Type.DURATION, null, List.of(),
                                "Bucket width such as 1s, 1m, 1h; by default the smallest round width that fits the resolution")),
                CORE)), registry.descriptor("bytes-over-time"));
        assertEquals(Optional.of(new AnalysisDescriptor("top-talkers", "Top talkers",
                "The sources that send the most, with the rest summed up as other.", ResultKind.RANKING,
                List.of(new ParameterDescriptor("by", "Rank by", Type.CHOICE, "bytes", metrics, "The metric that orders the sources")), CORE)),
                registry.descriptor("top-talkers"));
        assertEquals(Optional.of(new AnalysisDescriptor("top-destinations", "Top destinations",
                "The destinations that receive the most, with the rest summed up as other.", ResultKind.RANKING,
                List.of(new ParameterDescriptor("by", "Rank by", Type.CHOICE, "bytes", metrics, "The metric that orders the destinations")), CORE)),
                registry.descriptor("top-destinations"));
        assertEquals(Optional.of(new AnalysisDescriptor("conversations", "Conversations",
                "Address pairs with bytes, packets and flows in both directions, by total bytes.", ResultKind.TABLE, List.of(), CORE)),
                registry.descriptor("conversations"));
        assertEquals(Optional.of(new AnalysisDescriptor("protocol-mix", "Protocol and service mix",
                "Bytes, packets and flows per protocol, or per protocol and service port (the lower port of a flow).", ResultKind.TABLE,
                List.of(new ParameterDescriptor("level", "Level", Type.CHOICE, "service", List.of("protocol", "service"),
                        "Group by protocol only, or by protocol and service port")), CORE)),
                registry.descriptor("protocol-mix"));
    }

    @Test
    void contributedDescriptorsComeFromPluginXmlAndFromServiceProperties() {
        assertEquals(Optional.of(new AnalysisDescriptor("flow-size-classes", "Flow size classes",
                "Flows and bytes per size class in powers of ten: below 100 B, 100 B to 1 KB, 1 KB to 10 KB, ...", ResultKind.TABLE, List.of(),
                LiveRegistry.EXTRA)), registry.descriptor("flow-size-classes"));
        assertEquals(Optional.of(new AnalysisDescriptor("long-flows", "Long flows", "Flows that last at least a minimum duration, longest first.",
                ResultKind.FINDINGS,
                List.of(new ParameterDescriptor("min", "Minimum duration", Type.DURATION, "10m", List.of(),
                        "Flows that last at least this long are reported")),
                LiveRegistry.EXTRA)), registry.descriptor("long-flows"));
    }

    @Test
    void computesEveryAnalysisByIdWithTheKindItDescribes() {
        for (AnalysisDescriptor d : registry.analyses()) {
            AnalysisResult result = registry.compute(d.id(), AnalysisQuery.of(flows), Progress.NONE);
            assertEquals(d.resultKind(), result.kind(), d.id());
        }
    }

    @Test
    void aHugeTopNListsEverything() {
        for (AnalysisDescriptor d : registry.analyses()) {
            AnalysisResult all = registry.compute(d.id(), AnalysisQuery.of(flows).withTopN(Integer.MAX_VALUE), Progress.NONE);
            AnalysisResult thousand = registry.compute(d.id(), AnalysisQuery.of(flows).withTopN(1000), Progress.NONE);
            assertEquals(thousand.title(), all.title(), d.id());
            if (all instanceof Table t) {
                assertEquals(((Table) thousand).rows(), t.rows(), d.id());
            } else if (all instanceof org.flowbench.analysis.Ranking r) {
                List<String> keys = ((org.flowbench.analysis.Ranking) thousand).entries().stream().map(e -> e.key()).toList();
                assertEquals(keys, r.entries().stream().map(e -> e.key()).toList(), d.id());
                assertEquals(0, r.otherKeys(), d.id());
            } else if (all instanceof org.flowbench.analysis.Findings f) {
                assertEquals(thousand, f, d.id());
            }
        }
    }

    @Test
    void anUnknownIdIsRefusedListingTheInstalledIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.compute("top-talker", AnalysisQuery.of(flows), Progress.NONE));
        assertEquals("no analysis 'top-talker'; installed: bytes-over-time, conversations, flow-size-classes, long-flows, protocol-mix, "
                + "top-destinations, top-talkers", e.getMessage());
        assertEquals(Optional.empty(), registry.descriptor("top-talker"));
    }

    @Test
    void anUnknownParameterIsRefusedNamingItAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.compute("top-talkers", AnalysisQuery.of(flows).withParameter("metric", "bytes"), Progress.NONE));
        assertEquals("top-talkers has no parameter 'metric'; it has: by", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> registry.compute("conversations", AnalysisQuery.of(flows).withParameter("by", "bytes"), Progress.NONE));
        assertEquals("conversations has no parameter 'by'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "bytes-over-time, metric, bits", "bytes-over-time, bucket, 60", "bytes-over-time, bucket, 0s", "top-talkers, by, hosts",
            "top-destinations, by, Bytes", "protocol-mix, level, port", "long-flows, min, long" })
    void anInvalidValueIsRefusedNamingTheParameter(String id, String parameter, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.compute(id, AnalysisQuery.of(flows).withParameter(parameter, value), Progress.NONE));
        assertTrue(e.getMessage().startsWith("parameter " + parameter + "=" + value + ": expected "), e.getMessage());
    }

    // ---- analyses that come and go at run time

    /** Counts flows: a minimal analysis registered as a plain service by the tests. */
    private static final class FlowCount implements Analysis {
        final AtomicInteger computed = new AtomicInteger();
        final ResultKind answers;

        FlowCount(ResultKind answers) {
            this.answers = answers;
        }

        @Override
        public AnalysisResult compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
            computed.incrementAndGet();
            Table t = new Table("Flows", List.of(new Column("Flows", ColumnType.NUMBER, Unit.FLOWS)), List.of(List.of(query.flows().size())));
            return answers == ResultKind.TABLE ? t : new org.flowbench.analysis.Findings("none", List.of());
        }
    }

    private static Hashtable<String, Object> properties(String id, Object parameters) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("flowbench.analysis.id", id);
        p.put("flowbench.analysis.name", "Flow count " + id);
        p.put("flowbench.analysis.description", "How many flows there are.");
        p.put("flowbench.analysis.resultKind", "table");
        if (parameters != null) {
            p.put("flowbench.analysis.parameters", parameters);
        }
        return p;
    }

    @Test
    void anAnalysisServiceRegisteredAtRunTimeComesAndGoesWithListenersTold() {
        List<String> told = new CopyOnWriteArrayList<>();
        Runnable listener = () -> told.add(registry.descriptor("flow-count").isPresent() ? "present" : "absent");
        registry.addListener(listener);
        FlowCount analysis = new FlowCount(ResultKind.TABLE);
        ServiceRegistration<Analysis> registration = LiveRegistry.context().registerService(Analysis.class, analysis,
                properties("flow-count", new String[] { "label;text;;Label;A title", "limit;integer;5;Limit;At most this many" }));
        try {
            await(() -> told.contains("present"), "the registry tells of the new analysis");
            assertEquals(new AnalysisDescriptor("flow-count", "Flow count flow-count", "How many flows there are.", ResultKind.TABLE,
                    List.of(new ParameterDescriptor("label", "Label", Type.TEXT, null, List.of(), "A title"),
                            new ParameterDescriptor("limit", "Limit", Type.INTEGER, "5", List.of(), "At most this many")),
                    CORE), registry.descriptor("flow-count").orElseThrow());
            assertEquals(0, analysis.computed.get(), "the service is not used before it is run");
            Table t = (Table) registry.compute("flow-count", AnalysisQuery.of(flows).withParameter("limit", "3"), Progress.NONE);
            assertEquals(List.of(List.of(10L)), t.rows());
            assertEquals(1, analysis.computed.get());
        } finally {
            registration.unregister();
        }
        await(() -> told.get(told.size() - 1).equals("absent"), "the registry tells that the analysis is gone");
        registry.removeListener(listener);
        assertEquals(Optional.empty(), registry.descriptor("flow-count"));
        int calls = told.size();
        ServiceRegistration<Analysis> again = LiveRegistry.context().registerService(Analysis.class, new FlowCount(ResultKind.TABLE),
                properties("flow-count", "limit;integer;5;Limit;At most this many"));
        try {
            await(() -> registry.descriptor("flow-count").isPresent(), "a single parameter text is read too");
            assertEquals(List.of("limit"), registry.descriptor("flow-count").orElseThrow().parameters().stream().map(ParameterDescriptor::id).toList());
            assertEquals(calls, told.size(), "a removed listener is not told");
        } finally {
            again.unregister();
        }
    }

    @Test
    void anIdThatIsTakenKeepsItsFirstOwner() {
        ServiceRegistration<Analysis> registration = LiveRegistry.context().registerService(Analysis.class, new FlowCount(ResultKind.TABLE),
                properties("top-talkers", null));
        try {
            assertEquals(CORE, registry.descriptor("top-talkers").orElseThrow().contributor());
            assertInstanceOf(org.flowbench.analysis.Ranking.class, registry.compute("top-talkers", AnalysisQuery.of(flows), Progress.NONE));
        } finally {
            registration.unregister();
        }
        assertTrue(registry.descriptor("top-talkers").isPresent(), "the built-in stays when the impostor goes");
    }

    @Test
    void aServiceWithIncompletePropertiesIsLeftOut() {
        Hashtable<String, Object> p = properties("no-name", null);
        p.remove("flowbench.analysis.name");
        ServiceRegistration<Analysis> incomplete = LiveRegistry.context().registerService(Analysis.class, new FlowCount(ResultKind.TABLE), p);
        ServiceRegistration<Analysis> complete = LiveRegistry.context().registerService(Analysis.class, new FlowCount(ResultKind.TABLE),
                properties("after-no-name", null));
        try {
            // services reach the registry in the order they were registered
            await(() -> registry.descriptor("after-no-name").isPresent(), "the complete one is added");
            assertEquals(Optional.empty(), registry.descriptor("no-name"));
        } finally {
            incomplete.unregister();
            complete.unregister();
        }
    }

    @Test
    void aResultOfAnotherKindThanDescribedIsAnError() {
        ServiceRegistration<Analysis> registration = LiveRegistry.context().registerService(Analysis.class, new FlowCount(ResultKind.FINDINGS),
                properties("liar", null));
        try {
            await(() -> registry.descriptor("liar").isPresent(), "the analysis is added");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> registry.compute("liar", AnalysisQuery.of(flows), Progress.NONE));
            assertEquals("liar promised a table result and gave a findings", e.getMessage());
        } finally {
            registration.unregister();
        }
    }

    // ---- a contributing bundle that stops, goes and comes back

    @Test
    void stoppingAContributorRemovesItsServiceButNotItsPluginXml() throws BundleException {
        Bundle extra = LiveRegistry.extraBundle();
        List<Boolean> sizeClassesPresent = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = () -> {
            calls.incrementAndGet();
            sizeClassesPresent.add(registry.descriptor("flow-size-classes").isPresent());
        };
        registry.addListener(listener);
        try {
            extra.stop();
            await(() -> registry.descriptor("long-flows").isEmpty() && calls.get() > 0, "long-flows goes with its component, listeners told");
            assertTrue(registry.descriptor("flow-size-classes").isPresent(), "a resolved bundle still contributes its plugin.xml");
            assertFalse(sizeClassesPresent.contains(false), "flow-size-classes never went away: " + sizeClassesPresent);
            calls.set(0);
        } finally {
            extra.start(Bundle.START_ACTIVATION_POLICY);
        }
        await(() -> registry.descriptor("long-flows").isPresent() && calls.get() > 0, "long-flows is back with its component, listeners told");
        registry.removeListener(listener);
        assertEquals(Optional.of(ResultKind.FINDINGS), registry.descriptor("long-flows").map(AnalysisDescriptor::resultKind));
        assertInstanceOf(Table.class, registry.compute("flow-size-classes", AnalysisQuery.of(flows), Progress.NONE));
    }

    @Test
    void uninstallingAContributorRemovesAllItsAnalysesAndInstallingAgainBringsThemBack() throws BundleException {
        Bundle extra = LiveRegistry.extraBundle();
        // Equinox marks the bundles of its initial configuration "initial@"; the rest is where the jar is
        String location = extra.getLocation().replaceFirst("^initial@", "");
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = calls::incrementAndGet;
        registry.addListener(listener);
        try {
            extra.uninstall();
            await(() -> registry.descriptor("long-flows").isEmpty() && registry.descriptor("flow-size-classes").isEmpty() && calls.get() >= 2,
                    "both are gone, listeners told of each");
            calls.set(0);
        } finally {
            Bundle back = LiveRegistry.context().installBundle(location);
            back.start(Bundle.START_ACTIVATION_POLICY);
        }
        await(() -> registry.descriptor("long-flows").isPresent() && registry.descriptor("flow-size-classes").isPresent() && calls.get() >= 2,
                "both are back, listeners told of each");
        registry.removeListener(listener);
        assertInstanceOf(org.flowbench.analysis.Findings.class, registry.compute("long-flows", AnalysisQuery.of(flows), Progress.NONE));
    }
}
