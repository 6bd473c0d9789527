package org.flowbench.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ResultKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads contributions to the extension point {@code org.flowbench.analysis.analyses} from a
 * plugin.xml (or fragment.xml). The registry does this itself for every bundle, instead of asking
 * the Equinox extension registry, because the core bundles must also run on Apache Felix, where
 * that registry does not exist; the plugin.xml is the same either way, and PDE tooling checks it
 * against the schema {@code schema/analyses.exsd}.
 */
public final class AnalysisExtensions {

    /** The extension point's full id. */
    public static final String POINT = "org.flowbench.analysis.analyses";

    /** Loads a contributed class by name, in the contributor's class space. */
    @FunctionalInterface
    public interface ClassLoading {
        Class<?> load(String className) throws ClassNotFoundException;
    }

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
        Element root;
        try {
            root = parser().parse(xml).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(contributor + ": plugin.xml is not well-formed: " + e.getMessage(), e);
        }
        List<Contribution> out = new ArrayList<>();
        for (Element extension : children(root, "extension")) {
            if (!POINT.equals(extension.getAttribute("point"))) {
                continue;
            }
            for (Element a : children(extension, "analysis")) {
                AnalysisDescriptor descriptor;
                String className;
                try {
                    descriptor = descriptor(a, contributor);
                    className = required(a, "class"); // in the try: a missing class is an incomplete contribution too
                } catch (IllegalArgumentException e) {
                    throw new IOException(contributor + ": analysis '" + a.getAttribute("id") + "' in plugin.xml: " + e.getMessage(), e);
                }
                out.add(new Contribution(descriptor, new LazyAnalysis(contributor, className, classes)));
            }
        }
        return out;
    }

    private static AnalysisDescriptor descriptor(Element a, String contributor) {
        List<ParameterDescriptor> parameters = new ArrayList<>();
        for (Element p : children(a, "parameter")) {
            String choices = p.getAttribute("choices");
            parameters.add(new ParameterDescriptor(required(p, "id"), required(p, "name"), type(p),
                    p.hasAttribute("default") ? p.getAttribute("default") : null,
                    choices.isBlank() ? List.of() : java.util.stream.Stream.of(choices.split(",")).map(String::strip).toList(),
                    p.getAttribute("description")));
        }
        String description = children(a, "description").stream().map(d -> d.getTextContent().strip().replaceAll("\\s+", " "))
                .findFirst().orElse("");
        return new AnalysisDescriptor(required(a, "id"), required(a, "name"), description,
                ResultKind.fromId(required(a, "resultKind")), parameters, contributor);
    }

    private static ParameterDescriptor.Type type(Element parameter) {
        String type = required(parameter, "type");
        try {
            return ParameterDescriptor.Type.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<parameter> '" + parameter.getAttribute("id") + "' has the unknown type '" + type + "'");
        }
    }

    private static String required(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v.isBlank()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> has no " + attribute);
        }
        return v.strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // plugin.xml never needs a DTD or external entities; refusing them keeps parsing local and safe
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    /** Loads and instantiates the contributed class the first time it is needed. */
    private static final class LazyAnalysis implements Supplier<Analysis> {
        private final String contributor;
        private final String className;
        private final ClassLoading classes;
        private volatile Analysis instance;

        LazyAnalysis(String contributor, String className, ClassLoading classes) {
            this.contributor = contributor;
            this.className = className;
            this.classes = classes;
        }

        @Override
        public Analysis get() {
            Analysis a = instance;
            if (a == null) {
                synchronized (this) {
                    a = instance;
                    if (a == null) {
                        try {
                            Object o = classes.load(className).getConstructor().newInstance();
                            if (!(o instanceof Analysis analysis)) {
                                throw new IllegalStateException(contributor + ": " + className + " does not implement "
                                        + Analysis.class.getName());
                            }
                            instance = a = analysis;
                        } catch (ReflectiveOperationException | LinkageError e) {
                            throw new IllegalStateException(contributor + ": cannot create analysis class " + className + ": " + e, e);
                        }
                    }
                }
            }
            return a;
        }
    }
}
