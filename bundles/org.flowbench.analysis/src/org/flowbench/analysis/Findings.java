package org.flowbench.analysis;

import java.util.List;

import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * Things an analysis found, such as a scan or a spike, each placed in time and on hosts.
 *
 * @param title    e.g. "Port scans"
 * @param findings most important first
 */
public record Findings(String title, List<Finding> findings) implements AnalysisResult {

    /** How much a finding matters. */
    public enum Severity {
        INFO, WARNING, ALERT
    }

    /**
     * @param summary  one line, e.g. "10.1.2.3 scanned 1,204 ports of 10.2.0.5"
     * @param severity how much it matters
     * @param time     when it happened
     * @param hosts    the hosts involved, the acting one first
     * @param score    for ordering: larger is more important
     */
    public record Finding(String summary, Severity severity, TimeRange time, List<IpAddress> hosts, double score) {
        public Finding {
            hosts = List.copyOf(hosts);
        }
    }

    public Findings {
        findings = List.copyOf(findings);
    }

    @Override
    public ResultKind kind() {
        return ResultKind.FINDINGS;
    }
}
