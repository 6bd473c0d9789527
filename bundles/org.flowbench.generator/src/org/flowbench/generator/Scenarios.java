package org.flowbench.generator;

import java.util.List;

import org.flowbench.generator.internal.ScenarioCatalog;

/** The scenarios the generator knows. */
public final class Scenarios {

    private Scenarios() {
    }

    /** @return every scenario, in a fixed order */
    public static List<Scenario> all() {
        return List.copyOf(ScenarioCatalog.all());
    }

    /**
     * @throws IllegalArgumentException naming the known ids when there is no scenario with this id
     */
    public static Scenario byId(String id) {
        return ScenarioCatalog.byId(id);
    }
}
