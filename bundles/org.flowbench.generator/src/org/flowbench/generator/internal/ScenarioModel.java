package org.flowbench.generator.internal;

import java.util.SplittableRandom;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.Scenario;

/** A scenario as the generator drives it. */
public interface ScenarioModel extends Scenario {

    /**
     * Prepares one run: builds the scenario's hosts from {@code network} and returns its flows,
     * which draw on {@code flows} only, so that anomalies never change the scenario's own flows.
     */
    ScenarioRun start(GeneratorSettings settings, SplittableRandom network, SplittableRandom flows);
}
