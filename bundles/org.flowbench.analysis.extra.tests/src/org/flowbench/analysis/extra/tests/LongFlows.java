package org.flowbench.analysis.extra.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisProperties;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Durations;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.Progress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.osgi.service.component.annotations.Component;

/**
 * One finding per flow that lasts at least the minimum duration, longest first (equal durations
 * by start, then by store order), at most top N of them. Contributed as a Declarative Services
 * component, described by its service properties.
 */
@Component(service = Analysis.class)
@AnalysisProperties(id = "long-flows", name = "Long flows", description = "Flows that last at least a minimum duration, longest first.",
        resultKind = "findings", parameters = "min;duration;10m;Minimum duration;Flows that last at least this long are reported")
public final class LongFlows implements Analysis {

    /** A flow kept for the result; {@code order} is its place among the selected rows. */
    private record LongFlow(long order, long start, long end, int source, int destination, int sourcePort, int destinationPort,
            int protocol, long bytes) {
        long duration() {
            return end - start;
        }
    }

    /** Longest first, then earliest start, then store order: a total order, so results are stable. */
    private static final Comparator<LongFlow> RANK = Comparator.comparingLong(LongFlow::duration).reversed()
            .thenComparingLong(LongFlow::start).thenComparingLong(LongFlow::order);

    @Override
    public Findings compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        long min = Durations.parseMicros(query.parameter(descriptor, "min"));
        int keep = query.topN();
        // the head is the flow that ranks last, so that a better one can replace it
        PriorityQueue<LongFlow> best = new PriorityQueue<>(RANK.reversed());
        long[] order = { 0 };
        SelectedRows.forEach(query, progress, (s, i) -> {
            long seen = order[0]++;
            if (s.duration(i) < min) {
                return;
            }
            LongFlow f = new LongFlow(seen, s.start(i), s.end(i), s.source(i), s.destination(i), s.sourcePort(i), s.destinationPort(i),
                    s.protocol(i), s.bytes(i));
            if (best.size() < keep) {
                best.add(f);
            } else if (RANK.compare(f, best.peek()) < 0) {
                best.poll();
                best.add(f);
            }
        });
        List<LongFlow> sorted = new ArrayList<>(best);
        sorted.sort(RANK);
        AddressDictionary addresses = query.flows().addresses();
        List<Finding> findings = new ArrayList<>();
        for (LongFlow f : sorted) {
            String summary = endpoint(addresses.format(f.source()), f.sourcePort()) + " -> "
                    + endpoint(addresses.format(f.destination()), f.destinationPort()) + " " + Protocols.name(f.protocol()) + " lasted "
                    + Durations.format(f.duration()) + " (" + f.bytes() + " bytes)";
            findings.add(new Finding(summary, Severity.INFO, new TimeRange(f.start(), f.end()),
                    List.of(addresses.address(f.source()), addresses.address(f.destination())), f.duration()));
        }
        return new Findings("Flows lasting at least " + Durations.format(min), findings);
    }

    /** @return "10.0.0.1:443", or "[2001:db8::1]:443" so that the port stands apart from an IPv6 address */
    private static String endpoint(String address, int port) {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
}
