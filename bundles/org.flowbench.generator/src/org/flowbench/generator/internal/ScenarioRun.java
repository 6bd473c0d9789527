package org.flowbench.generator.internal;

/**
 * One run of a scenario.
 *
 * @param flows              exactly the settings' number of flows; in start order when the
 *                           scenario says it is time ordered
 * @param hosts              where anomalies take their hosts from
 * @param busiestMinuteBytes the bytes the scenario is expected to start in its busiest minute, by
 *                           which a volumetric burst is sized to stand out
 */
public record ScenarioRun(FlowSource flows, HostPlan hosts, double busiestMinuteBytes) {
}
