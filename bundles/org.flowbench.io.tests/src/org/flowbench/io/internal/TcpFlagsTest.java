package org.flowbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TcpFlagsTest {

    private static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10, URG = 0x20, ECE = 0x40, CWR = 0x80;

    @Test
    void lettersInAnyOrderAndCase() {
        assertEquals(SYN | ACK, TcpFlags.parse("SA"));
        assertEquals(SYN | ACK, TcpFlags.parse("as"));
        assertEquals(FIN | SYN | PSH | ACK | URG, TcpFlags.parse("FSPAU"));
        assertEquals(FIN | SYN | RST | PSH | ACK | URG | ECE | CWR, TcpFlags.parse("CEUAPRSF"));
        assertEquals(RST, TcpFlags.parse("R"));
        assertEquals(ACK | PSH | SYN | FIN, TcpFlags.parse(".AP.SF")); // nfdump's positional form
        assertEquals(0, TcpFlags.parse(""));
        assertEquals(0, TcpFlags.parse("......"));
    }

    @ParameterizedTest
    @CsvSource({ "0, 0", "18, 18", "255, 255", "0x12, 18", "0XfF, 255", "027, 27" })
    void numbers(String text, int flags) {
        assertEquals(flags, TcpFlags.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "X", "SAX", "256", "0x100", "1a", "-1", "0x", "0xg", "S A", "\u0663" })
    void rejectsWhatIsNoFlags(String text) {
        assertThrows(IllegalArgumentException.class, () -> TcpFlags.parse(text));
    }

    @Test
    void writesLettersInBitOrder() {
        assertEquals("", TcpFlags.format(0));
        assertEquals("SA", TcpFlags.format(SYN | ACK));
        assertEquals("FSPAU", TcpFlags.format(URG | ACK | PSH | SYN | FIN));
        assertEquals("FSRPAUEC", TcpFlags.format(255));
    }

    @Test
    void everyCombinationReadsBack() {
        for (int flags = 0; flags < 256; flags++) {
            assertEquals(flags, TcpFlags.parse(TcpFlags.format(flags)));
        }
    }
}
