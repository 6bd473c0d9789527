package org.flowbench.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The shared plugin.xml reading: the elements of one extension point, safely parsed, and lazily created classes. */
class PluginXmlTest {

    private static List<Element> read(String xml, String point, String element) throws IOException {
        return PluginXml.contributions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "com.example.plugin", point, element);
    }

    @Test
    void findsTheElementsOfOnePointInFileOrder() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension-point id="things" name="Things" schema="schema/things.exsd"/>
                   <extension point="com.example.things"><thing id="a"/><other id="x"/><thing id="b"/></extension>
                   <extension point="org.eclipse.ui.views"><thing id="not-ours"/></extension>
                   <extension point="com.example.things"><thing id="c">
                      <description>
                         Two
                         lines.
                      </description>
                   </thing></extension>
                </plugin>
                """;
        List<Element> things = read(xml, "com.example.things", "thing");
        assertEquals(List.of("a", "b", "c"), things.stream().map(e -> e.getAttribute("id")).toList());
        assertEquals("Two lines.", PluginXml.childText(things.get(2), "description"));
        assertEquals("", PluginXml.childText(things.get(0), "description"));
        assertEquals(List.of(), read("<plugin/>", "com.example.things", "thing"));
    }

    @Test
    void requiredAttributesAreTrimmedAndNamedWhenMissing() throws IOException {
        Element e = read("<plugin><extension point='p'><thing id='  a  ' name=' '/></extension></plugin>", "p", "thing").get(0);
        assertEquals("a", PluginXml.required(e, "id"));
        assertEquals("<thing> has no name", assertThrows(IllegalArgumentException.class, () -> PluginXml.required(e, "name")).getMessage());
        assertEquals("<thing> has no class", assertThrows(IllegalArgumentException.class, () -> PluginXml.required(e, "class")).getMessage());
    }

    @Test
    void badXmlAndDoctypesAreIOExceptionsNamingTheContributor() {
        IOException e = assertThrows(IOException.class, () -> read("<plugin><extension point='p'></plugin>", "p", "thing"));
        assertTrue(e.getMessage().startsWith("com.example.plugin: plugin.xml is not well-formed"), e.getMessage());
        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE plugin [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <plugin><extension point="p"><thing id="&secret;"/></extension></plugin>
                """;
        e = assertThrows(IOException.class, () -> read(entity, "p", "thing"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void filesArePluginXmlThenFragmentXml() throws Exception {
        URL plugin = new URL("file:/b/plugin.xml");
        URL fragment = new URL("file:/f/fragment.xml");
        assertEquals(List.of(plugin, fragment), PluginXml.files(plugin, Collections.enumeration(List.of(fragment))));
        assertEquals(List.of(fragment), PluginXml.files(null, Collections.enumeration(List.of(fragment))));
        assertEquals(List.of(), PluginXml.files(null, null));
    }

    @Test
    void aContributedClassIsCreatedOnceWhenFirstNeeded() {
        List<String> loaded = new ArrayList<>();
        ContributedClass<CharSequence> c = new ContributedClass<>("com.example.plugin", "java.lang.StringBuilder", CharSequence.class, "thing",
                name -> {
                    loaded.add(name);
                    return Class.forName(name);
                });
        assertEquals(List.of(), loaded);
        assertInstanceOf(StringBuilder.class, c.get());
        assertSame(c.get(), c.get());
        assertEquals(List.of("java.lang.StringBuilder"), loaded);
        assertEquals("java.lang.StringBuilder", c.className());
    }

    @Test
    void contributedClassErrorsNameTheContributorAndTheClass() {
        ContributedClass<Runnable> missing = new ContributedClass<>("com.example.plugin", "com.example.Missing", Runnable.class, "thing",
                Class::forName);
        IllegalStateException e = assertThrows(IllegalStateException.class, missing::get);
        assertTrue(e.getMessage().startsWith("com.example.plugin: cannot create thing class com.example.Missing: "), e.getMessage());
        ContributedClass<Runnable> wrong = new ContributedClass<>("com.example.plugin", "java.lang.Object", Runnable.class, "thing",
                Class::forName);
        assertEquals("com.example.plugin: java.lang.Object does not implement java.lang.Runnable",
                assertThrows(IllegalStateException.class, wrong::get).getMessage());
        ContributedClass<Runnable> noConstructor = new ContributedClass<>("com.example.plugin", "java.lang.Integer", Runnable.class, "thing",
                Class::forName);
        assertThrows(IllegalStateException.class, noConstructor::get);
    }
}
