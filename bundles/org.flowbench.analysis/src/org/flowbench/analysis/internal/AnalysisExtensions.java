package org.flowbench.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ResultKind;
import org.flowbench.model.internal.ClassLoading;
import org.flowbench.model.internal.ContributedClass;
import org.flowbench.model.internal.PluginXml;
import org.w3c.dom.Element;

/**
 * Reads contributions to the extension point {@code org.flowbench.analysis.analyses} from a
 * plugin.xml (or fragment.xml). The registry does this itself for every bundle, instead of asking
 * the Equinox extension registry, because the core bundles must also run on Apache Felix, where
 * that registry does not exist; the plugin.xml is the same either way, and PDE tooling checks it
 * against the schema {@code schema/analyses.exsd}. Parsing and class loading are the shared
 * {@link PluginXml} and {@link ContributedClass}; this class knows what an analysis element holds.
 */
public final class AnalysisExtensions {

    /** The extension point's full id. */
    public static final String POINT = "org.flowbench.analysis.analyses";

    /** An analysis read from plugin.xml: its descriptor now, its class when first needed. */
    public record Contribution(AnalysisDescriptor descriptor, Supplier<Analysis> analysis) {
    }

    private AnalysisExtensions() {
    }

    /**
     * @param xml         the plugin.xml
     * @param contributor the contributing bundle's symbolic name
     * @param classes     how to load the contributed classes
     * @throws IOException when the file is not well-formed or a contribution is incomplete; the
     *         message names the contributor and what is missing
     */
    public static List<Contribution> read(InputStream xml, String contributor, ClassLoading classes) throws IOException {
        List<Contribution> out = new ArrayList<>();
        for (Element a : PluginXml.contributions(xml, contributor, POINT, "analysis")) {
            AnalysisDescriptor descriptor;
            String className;
            try {
                descriptor = descriptor(a, contributor);
                className = PluginXml.required(a, "class"); // in the try: a missing class is an incomplete contribution too
            } catch (IllegalArgumentException e) {
                throw new IOException(contributor + ": analysis '" + a.getAttribute("id") + "' in plugin.xml: " + e.getMessage(), e);
            }
            out.add(new Contribution(descriptor, new ContributedClass<>(contributor, className, Analysis.class, "analysis", classes)));
        }
        return out;
    }

    private static AnalysisDescriptor descriptor(Element a, String contributor) {
        List<ParameterDescriptor> parameters = new ArrayList<>();
        for (Element p : PluginXml.children(a, "parameter")) {
            String choices = p.getAttribute("choices");
            parameters.add(new ParameterDescriptor(PluginXml.required(p, "id"), PluginXml.required(p, "name"), type(p),
                    p.hasAttribute("default") ? p.getAttribute("default") : null,
                    choices.isBlank() ? List.of() : Stream.of(choices.split(",")).map(String::strip).toList(),
                    p.getAttribute("description")));
        }
        return new AnalysisDescriptor(PluginXml.required(a, "id"), PluginXml.required(a, "name"), PluginXml.childText(a, "description"),
                ResultKind.fromId(PluginXml.required(a, "resultKind")), parameters, contributor);
    }

    private static ParameterDescriptor.Type type(Element parameter) {
        String type = PluginXml.required(parameter, "type");
        try {
            return ParameterDescriptor.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<parameter> '" + parameter.getAttribute("id") + "' has the unknown type '" + type + "'");
        }
    }
}
