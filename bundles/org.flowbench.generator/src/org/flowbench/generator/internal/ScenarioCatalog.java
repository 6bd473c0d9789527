package org.flowbench.generator.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Every scenario, in the order menus list them. */
public final class ScenarioCatalog {

    private static final List<ScenarioModel> ALL = List.of(new UniformScenario(), new OfficeDayScenario());

    private ScenarioCatalog() {
    }

    public static List<ScenarioModel> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the known ids when there is no such scenario */
    public static ScenarioModel byId(String id) {
        for (ScenarioModel s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + id + "'; known scenarios: "
                + ALL.stream().map(ScenarioModel::id).collect(Collectors.joining(", ")));
    }
}
