package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ParameterDescriptor.Type;
import org.flowbench.analysis.ResultKind;
import org.flowbench.analysis.internal.AnalysisExtensions.Contribution;
import org.flowbench.analysis.internal.builtin.Conversations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading contributions from plugin.xml text. */
class AnalysisExtensionsTest {

    private final List<String> loaded = new ArrayList<>();

    private List<Contribution> read(String xml) throws IOException {
        return AnalysisExtensions.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "com.example.plugin", name -> {
            loaded.add(name);
            return Class.forName(name);
        });
    }

    private static String plugin(String analyses) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
                + "<extension point=\"org.flowbench.analysis.analyses\">\n" + analyses + "\n</extension>\n</plugin>\n";
    }

    private static final String GOOD = """
            <analysis id="pairs" name="Pairs" resultKind="table" class="org.flowbench.analysis.internal.builtin.Conversations">
               <description>
                  Address pairs,
                  both ways.
               </description>
               <parameter id="order" name="Order" type="choice" choices="bytes,flows" default="flows" description="How to sort"/>
               <parameter id="window" name="Window" type="duration"/>
            </analysis>
            <analysis id="scan.ports" name="Port scans" resultKind="findings" class="com.example.Missing"/>
            """;

    @Test
    void readsDescriptorsWithoutLoadingClasses() throws IOException {
        List<Contribution> contributions = read(plugin(GOOD));
        assertEquals(List.of(
                new AnalysisDescriptor("pairs", "Pairs", "Address pairs, both ways.", ResultKind.TABLE, List.of(
                        new ParameterDescriptor("order", "Order", Type.CHOICE, "flows", List.of("bytes", "flows"), "How to sort"),
                        new ParameterDescriptor("window", "Window", Type.DURATION, null, List.of(), "")), "com.example.plugin"),
                new AnalysisDescriptor("scan.ports", "Port scans", "", ResultKind.FINDINGS, List.of(), "com.example.plugin")),
                contributions.stream().map(Contribution::descriptor).toList());
        assertEquals(List.of(), loaded);
    }

    @Test
    void loadsAndCreatesTheClassOnceWhenFirstNeeded() throws IOException {
        Contribution pairs = read(plugin(GOOD)).get(0);
        assertInstanceOf(Conversations.class, pairs.analysis().get());
        assertSame(pairs.analysis().get(), pairs.analysis().get());
        assertEquals(List.of("org.flowbench.analysis.internal.builtin.Conversations"), loaded);
    }

    @Test
    void aMissingClassFailsWhenFirstNeededNamingTheContributor() throws IOException {
        Contribution scans = read(plugin(GOOD)).get(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scans.analysis().get());
        assertTrue(e.getMessage().contains("com.example.plugin") && e.getMessage().contains("com.example.Missing"), e.getMessage());
    }

    @Test
    void aClassThatIsNoAnalysisIsRefused() throws IOException {
        Contribution c = read(plugin("<analysis id=\"x\" name=\"X\" resultKind=\"table\" class=\"java.lang.Object\"/>")).get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.analysis().get());
        assertEquals("com.example.plugin: java.lang.Object does not implement org.flowbench.analysis.Analysis", e.getMessage());
    }

    @Test
    void choicesMayBeWrittenWithSpacesAfterTheCommas() throws IOException {
        Contribution c = read(plugin("""
                <analysis id="a" name="A" resultKind="table" class="x.Y">
                   <parameter id="by" name="By" type="choice" choices="bytes, packets, flows" default="packets"/>
                </analysis>
                """)).get(0);
        assertEquals(List.of("bytes", "packets", "flows"), c.descriptor().parameters().get(0).choices());
    }

    @Test
    void otherExtensionPointsAndOtherElementsAreIgnored() throws IOException {
        String xml = """
                <plugin>
                   <extension-point id="mine" name="Mine" schema="schema/mine.exsd"/>
                   <extension point="org.eclipse.ui.views">
                      <analysis id="not-ours" name="Not ours" resultKind="table" class="x.Y"/>
                   </extension>
                   <extension point="org.flowbench.analysis.analyses">
                      <view id="v"/>
                      <analysis id="ours" name="Ours" resultKind="ranking" class="x.Z"/>
                   </extension>
                </plugin>
                """;
        assertEquals(List.of("ours"), read(xml).stream().map(c -> c.descriptor().id()).toList());
        assertEquals(List.of(), read("<plugin/>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<analysis name='N' resultKind='table' class='x.Y'/>                | has no id",
            "<analysis id='a' resultKind='table' class='x.Y'/>                  | has no name",
            "<analysis id='a' name='N' class='x.Y'/>                            | has no resultKind",
            "<analysis id='a' name='N' resultKind='table'/>                     | has no class",
            "<analysis id='a' name='N' resultKind='table' class='  '/>          | has no class",
            "<analysis id='a' name='N' resultKind='chart' class='x.Y'/>         | 'chart'",
            "<analysis id='Big' name='N' resultKind='table' class='x.Y'/>       | 'Big'",
            "<analysis id='a' name='N' resultKind='table' class='x.Y'><parameter name='P' type='text'/></analysis>              | has no id",
            "<analysis id='a' name='N' resultKind='table' class='x.Y'><parameter id='p' name='P'/></analysis>                   | has no type",
            "<analysis id='a' name='N' resultKind='table' class='x.Y'><parameter id='p' name='P' type='colour'/></analysis>     | colour",
            "<analysis id='a' name='N' resultKind='table' class='x.Y'><parameter id='p' name='P' type='choice'/></analysis>     | lists no choices",
            "<analysis id='a' name='N' resultKind='table' class='x.Y'><parameter id='p' name='P' type='integer' default='many'/></analysis> | p=many" })
    void anIncompleteContributionIsAnIOExceptionNamingTheContributorAndTheProblem(String analysis, String problem) {
        IOException e = assertThrows(IOException.class, () -> read(plugin(analysis)));
        assertTrue(e.getMessage().startsWith("com.example.plugin: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void textThatIsNotWellFormedIsAnIOException() {
        IOException e = assertThrows(IOException.class, () -> read("<plugin><extension point=\"org.flowbench.analysis.analyses\"></plugin>"));
        assertTrue(e.getMessage().startsWith("com.example.plugin: plugin.xml is not well-formed"), e.getMessage());
        assertThrows(IOException.class, () -> read(""));
    }

    @Test
    void aDoctypeIsRefusedSoThatNoEntityIsExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE plugin [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <plugin><extension point="org.flowbench.analysis.analyses">
                <analysis id="a" name="&secret;" resultKind="table" class="x.Y"/>
                </extension></plugin>
                """;
        IOException e = assertThrows(IOException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertThrows(IOException.class, () -> read("<!DOCTYPE plugin><plugin/>"));
    }
}
