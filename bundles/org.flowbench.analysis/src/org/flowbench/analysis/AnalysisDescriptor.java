package org.flowbench.analysis;

import java.util.List;
import java.util.Optional;

/**
 * What an analysis is, known without loading or running it: read from plugin.xml for analyses
 * contributed through the extension point, from service properties for those registered as
 * OSGi services.
 *
 * @param id          unique, stable, used on the command line ({@code top-talkers})
 * @param name        for menus and titles ("Top talkers")
 * @param description one or two sentences
 * @param resultKind  the shape of its result
 * @param parameters  its settings
 * @param contributor the symbolic name of the bundle that contributed it
 */
public record AnalysisDescriptor(String id, String name, String description, ResultKind resultKind,
        List<ParameterDescriptor> parameters, String contributor) {

    public AnalysisDescriptor {
        if (id == null || !id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("analysis id '" + id + "' must be lower-case letters, digits, '.' and '-'");
        }
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterDescriptor> parameter(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }
}
