package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flowbench.io.FlowReader;
import org.flowbench.model.internal.ClassLoading;
import org.flowbench.model.internal.ContributedClass;
import org.flowbench.model.internal.PluginXml;
import org.w3c.dom.Element;

/**
 * Reads contributions to the extension point {@code org.flowbench.io.readers} (schema
 * {@code schema/readers.exsd}) from a plugin.xml, with the same parsing and lazy class loading as
 * the analysis registry ({@link PluginXml}, {@link ContributedClass}).
 */
public final class ReaderExtensions {

    /** The extension point's full id. */
    public static final String POINT = "org.flowbench.io.readers";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private ReaderExtensions() {
    }

    /**
     * @throws IOException when the file is not well-formed or a contribution is incomplete; the
     *         message names the contributor, the reader and what is wrong
     */
    public static List<ContributedReader> read(InputStream xml, String contributor, ClassLoading classes) throws IOException {
        List<ContributedReader> out = new ArrayList<>();
        for (Element r : PluginXml.contributions(xml, contributor, POINT, "reader")) {
            try {
                String id = PluginXml.required(r, "id");
                if (!ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("the id '" + id + "' is not lower-case letters, digits, '.' and '-'");
                }
                List<String> extensions = Stream.of(r.getAttribute("extensions").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                List<MagicNumber> magic = new ArrayList<>();
                for (Element m : PluginXml.children(r, "magic")) {
                    magic.add(MagicNumber.parse(PluginXml.required(m, "bytes"), offset(m)));
                }
                ContributedClass<FlowReader> reader = new ContributedClass<>(contributor, PluginXml.required(r, "class"), FlowReader.class,
                        "reader", classes);
                out.add(new ContributedReader(id, PluginXml.required(r, "name"), extensions, magic, reader, contributor));
            } catch (IllegalArgumentException e) {
                throw new IOException(contributor + ": reader '" + r.getAttribute("id") + "' in plugin.xml: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static int offset(Element magic) {
        String text = magic.getAttribute("offset").strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("magic offset '" + text + "' is not a number");
        }
    }
}
