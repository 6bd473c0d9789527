package org.flowbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.io.internal.pcap.PcapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reader contributions read from plugin.xml text, and their magic numbers. */
class ReaderExtensionsTest {

    private final List<String> loaded = new ArrayList<>();

    private List<ContributedReader> read(String readers) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin>\n<extension point=\"org.flowbench.io.readers\">\n" + readers
                + "\n</extension>\n</plugin>\n";
        return ReaderExtensions.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "com.example.plugin", name -> {
            loaded.add(name);
            return Class.forName(name);
        });
    }

    @Test
    void readsReadersWithoutLoadingTheirClasses() throws IOException {
        List<ContributedReader> readers = read("""
                <reader id="cap.le" name="Captures, little-endian" extensions="cap, pcap" class="org.flowbench.io.internal.pcap.PcapReader">
                   <magic bytes="d4 c3 b2 a1"/>
                   <magic offset="1" bytes="??b2"/>
                </reader>
                <reader id="lazy" name="Asks its class" class="org.flowbench.io.internal.pcap.PcapReader"/>
                """);
        ContributedReader cap = readers.get(0);
        assertEquals("cap.le", cap.id());
        assertEquals("Captures, little-endian", cap.name());
        assertEquals(List.of("cap", "pcap"), cap.extensions());
        assertEquals("com.example.plugin", cap.contributor());
        assertTrue(cap.recognizes(new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1 }));
        assertTrue(cap.recognizes(new byte[] { 0, 0, (byte) 0xb2 }));
        assertFalse(cap.recognizes(new byte[] { (byte) 0xd4, (byte) 0xc3 }));
        assertEquals(List.of(), loaded, "magic numbers need no class");
        // without magic numbers the class is asked, so it is loaded then
        ContributedReader lazy = readers.get(1);
        assertEquals(List.of(), lazy.extensions());
        assertTrue(lazy.recognizes(new byte[] { (byte) 0xa1, (byte) 0xb2, (byte) 0xc3, (byte) 0xd4 }));
        assertEquals(List.of("org.flowbench.io.internal.pcap.PcapReader"), loaded);
    }

    @Test
    void theClassIsCreatedOnceToRead() throws IOException {
        ContributedReader r = read("<reader id='x' name='X' class='org.flowbench.io.internal.pcap.PcapReader'><magic bytes='00'/></reader>").get(0);
        InputStream pcapHeader = new ByteArrayInputStream(new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0 });
        assertEquals(0, r.read(pcapHeader, "h", f -> { }, org.flowbench.model.Progress.NONE).flowsRead());
        assertEquals(List.of("org.flowbench.io.internal.pcap.PcapReader"), loaded);
        assertEquals("org.flowbench.io.internal.pcap.PcapReader", r.className());
        assertInstanceOf(PcapReader.class, new PcapReader());
    }

    @Test
    void aClassThatIsNoReaderFailsWhenFirstNeeded() throws IOException {
        ContributedReader r = read("<reader id='x' name='X' class='java.lang.Object'><magic bytes='00'/></reader>").get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> r.read(new ByteArrayInputStream(new byte[1]), "h", f -> { }, org.flowbench.model.Progress.NONE));
        assertEquals("com.example.plugin: java.lang.Object does not implement org.flowbench.io.FlowReader", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<reader name='N' class='x.Y'/>                                     | has no id",
            "<reader id='a' class='x.Y'/>                                       | has no name",
            "<reader id='a' name='N'/>                                          | has no class",
            "<reader id='Big' name='N' class='x.Y'/>                            | 'Big'",
            "<reader id='a' name='N' class='x.Y'><magic/></reader>               | has no bytes",
            "<reader id='a' name='N' class='x.Y'><magic bytes='abc'/></reader>   | 'abc'",
            "<reader id='a' name='N' class='x.Y'><magic bytes='zz'/></reader>    | 'zz'",
            "<reader id='a' name='N' class='x.Y'><magic bytes='00' offset='-1'/></reader> | offset -1",
            "<reader id='a' name='N' class='x.Y'><magic bytes='00' offset='x'/></reader>  | offset 'x'" })
    void anIncompleteContributionIsAnIOExceptionNamingTheContributorAndTheProblem(String reader, String problem) {
        IOException e = assertThrows(IOException.class, () -> read(reader));
        assertTrue(e.getMessage().startsWith("com.example.plugin: reader '"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void magicNumbersMatchAtTheirOffsetWithWildcards() {
        MagicNumber pcapng = MagicNumber.parse("0a0d0d0a ???????? 4d3c2b1a", 0);
        byte[] head = { 0x0a, 0x0d, 0x0d, 0x0a, 1, 2, 3, 4, 0x4d, 0x3c, 0x2b, 0x1a };
        assertTrue(pcapng.matches(head));
        head[5] = 99;
        assertTrue(pcapng.matches(head));
        head[9] = 99;
        assertFalse(pcapng.matches(head));
        assertFalse(pcapng.matches(new byte[] { 0x0a, 0x0d, 0x0d, 0x0a }));
        assertTrue(MagicNumber.parse("FF", 3).matches(new byte[] { 0, 0, 0, (byte) 0xff }));
        assertThrows(IllegalArgumentException.class, () -> MagicNumber.parse("", 0));
        assertThrows(IllegalArgumentException.class, () -> MagicNumber.parse("00".repeat(MagicNumber.MAX_BYTES + 1), 0));
    }
}
