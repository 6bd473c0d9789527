package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowbench.analysis.ParameterDescriptor.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterDescriptorTest {

    @Test
    void parsesTheCompactForm() {
        assertEquals(new ParameterDescriptor("window", "Window", Type.DURATION, "5m", List.of(), "Length of the sliding window"),
                ParameterDescriptor.parse("window;duration;5m;Window;Length of the sliding window"));
    }

    @Test
    void parsesChoicesAndTrimsFields() {
        assertEquals(new ParameterDescriptor("metric", "Metric", Type.CHOICE, "packets", List.of("bytes", "packets", "flows"), "What to sum"),
                ParameterDescriptor.parse(" metric ; Choice ;packets; Metric ; What to sum ;bytes|packets|flows"));
    }

    @Test
    void choicesMayBeWrittenWithSpaces() {
        assertEquals(List.of("bytes", "packets"), ParameterDescriptor.parse("m;choice;packets;Metric;What;bytes | packets").choices());
    }

    @Test
    void anEmptyDefaultMeansNone() {
        assertEquals(null, ParameterDescriptor.parse("label;text;;Label;Shown in the title").defaultValue());
    }

    @Test
    void tooFewFieldsAreRefusedWithTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.parse("min;duration;5m;Minimum"));
        assertTrue(e.getMessage().contains("min;duration;5m;Minimum"), e.getMessage());
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheParameterAndTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.parse("color;colour;red;Color;Pen"));
        assertTrue(e.getMessage().contains("color") && e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aDefaultMustSuitTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.parse("min;duration;soon;Min;Minimum"));
        assertEquals("parameter min=soon: expected a duration such as 30s, 5m, 1h", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.parse("m;choice;bits;Metric;What;bytes|packets"));
    }

    @Test
    void aChoiceNeedsChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.parse("m;choice;;Metric;What"));
        assertEquals("choice parameter 'm' lists no choices", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "INTEGER, 12", "INTEGER, -3", "DECIMAL, 0.5", "DECIMAL, -7", "BOOLEAN, true", "BOOLEAN, false", "CHOICE, b", "DURATION, 5m",
            "DURATION, 250ms", "TEXT, anything at all" })
    void acceptsValuesOfItsType(Type type, String value) {
        ParameterDescriptor p = new ParameterDescriptor("p", "P", type, null, type == Type.CHOICE ? List.of("a", "b") : List.of(), "");
        assertEquals(value, p.check(value));
    }

    @ParameterizedTest
    @CsvSource({ "INTEGER, 1.5, a whole number", "INTEGER, ten, a whole number", "INTEGER, 99999999999999999999, a whole number", "DECIMAL, 1e3, a number", "DECIMAL, .5, a number",
            "BOOLEAN, yes, true or false", "BOOLEAN, TRUE, true or false", "CHOICE, c, 'one of a, b'",
            "DURATION, 5, 'a duration such as 30s, 5m, 1h'" })
    void refusesOtherValuesNamingTheParameterAndWhatItExpects(Type type, String value, String expected) {
        ParameterDescriptor p = new ParameterDescriptor("limit", "Limit", type, null, type == Type.CHOICE ? List.of("a", "b") : List.of(), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.check(value));
        assertEquals("parameter limit=" + value + ": expected " + expected, e.getMessage());
    }
}
