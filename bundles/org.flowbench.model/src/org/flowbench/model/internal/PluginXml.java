package org.flowbench.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the contributions to one extension point from a plugin.xml (or fragment.xml): the same
 * file, schema and PDE tooling as with the Equinox extension registry, read by the registry that
 * owns the point.
 */
public final class PluginXml {

    private PluginXml() {
    }

    /**
     * @param xml         the plugin.xml
     * @param contributor the contributing bundle's symbolic name, for messages
     * @param point       the extension point's full id, e.g. {@code org.flowbench.io.readers}
     * @param element     the name of the contributed elements, e.g. {@code reader}
     * @return the contributed elements in file order, from every {@code <extension>} of the point
     * @throws IOException when the file is not well-formed XML or has a DOCTYPE; the message starts
     *         with the contributor
     */
    public static List<Element> contributions(InputStream xml, String contributor, String point, String element) throws IOException {
        Element root;
        try {
            root = parser().parse(xml).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(contributor + ": plugin.xml is not well-formed: " + e.getMessage(), e);
        }
        List<Element> out = new ArrayList<>();
        for (Element extension : children(root, "extension")) {
            if (point.equals(extension.getAttribute("point"))) {
                out.addAll(children(extension, element));
            }
        }
        return out;
    }

    /**
     * The files a bundle contributes extensions in, as the Equinox registry reads them.
     *
     * @param pluginXml    the bundle's plugin.xml entry, or null
     * @param fragmentXmls the fragment.xml entries of its attached fragments, or null
     * @return the plugin.xml first, then the fragment.xml files
     */
    public static List<URL> files(URL pluginXml, Enumeration<URL> fragmentXmls) {
        List<URL> files = new ArrayList<>();
        if (pluginXml != null) {
            files.add(pluginXml);
        }
        while (fragmentXmls != null && fragmentXmls.hasMoreElements()) {
            files.add(fragmentXmls.nextElement());
        }
        return files;
    }

    /**
     * @return the attribute's value without surrounding blanks
     * @throws IllegalArgumentException when it is missing or blank, naming the element and the attribute
     */
    public static String required(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v.isBlank()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> has no " + attribute);
        }
        return v.strip();
    }

    /** @return the direct child elements with this name, in file order */
    public static List<Element> children(Element parent, String name) {
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

    /** @return the text of the first child element with this name, white space collapsed; "" when there is none */
    public static String childText(Element parent, String name) {
        return children(parent, name).stream().map(d -> d.getTextContent().strip().replaceAll("\\s+", " ")).findFirst().orElse("");
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
}
