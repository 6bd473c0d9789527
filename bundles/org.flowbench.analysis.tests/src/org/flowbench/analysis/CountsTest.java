package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void countsWithSuffixes() {
        assertEquals(1_000_000L, Counts.parse("1000000"));
        assertEquals(10_000_000L, Counts.parse("10M"));
        assertEquals(500_000L, Counts.parse("500k"));
        assertEquals(2_000_000_000L, Counts.parse("2G"));
        assertEquals(1_000L, Counts.parse("1_000"));
        assertThrows(IllegalArgumentException.class, () -> Counts.parse("-5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Counts.parse("lots"));
        assertTrue(e.getMessage().contains("'lots'"), e.getMessage());
        assertEquals(1_000_000L, Counts.parse("1,000,000"));
    }
}
