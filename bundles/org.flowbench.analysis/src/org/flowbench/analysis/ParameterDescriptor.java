package org.flowbench.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A setting of an analysis (a threshold, a window, a choice of metric): enough to build a settings
 * form and to check a value given on the command line.
 *
 * @param id           the key in {@link AnalysisQuery#parameters()}
 * @param name         the label
 * @param type         the kind of value
 * @param defaultValue the value when none is given, as text
 * @param choices      for {@link Type#CHOICE}: the allowed values
 * @param description  one sentence for tooltips and help
 */
public record ParameterDescriptor(String id, String name, Type type, String defaultValue, List<String> choices, String description) {

    /** Value types of parameters. */
    public enum Type {
        INTEGER, DECIMAL, TEXT, BOOLEAN, CHOICE, DURATION
    }

    public ParameterDescriptor {
        choices = List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + id + "' lists no choices");
        }
        if (defaultValue != null) {
            check(id, type, choices, defaultValue);
        }
    }

    /**
     * Reads the compact form used in DS service properties:
     * {@code id;type;default;name;description[;choice|choice...]}, e.g.
     * {@code window;duration;5m;Window;Length of the sliding window}.
     */
    public static ParameterDescriptor parse(String compact) {
        String[] f = compact.split(";", -1);
        if (f.length < 5) {
            throw new IllegalArgumentException("parameter '" + compact + "' needs id;type;default;name;description[;choices]");
        }
        Type type = type(f[0].trim(), f[1].trim());
        List<String> choices = f.length > 5 && !f[5].isBlank() ? Stream.of(f[5].split("\\|")).map(String::strip).toList() : List.of();
        return new ParameterDescriptor(f[0].trim(), f[3].trim(), type, f[2].isEmpty() ? null : f[2].trim(), choices, f[4].trim());
    }

    /** @throws IllegalArgumentException naming the parameter and the type when the type is unknown */
    private static Type type(String id, String type) {
        try {
            return Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + id + "' has the unknown type '" + type
                    + "' (integer, decimal, text, boolean, choice or duration)");
        }
    }

    /**
     * @return the value, checked against the type
     * @throws IllegalArgumentException naming the parameter and saying what is expected
     */
    public String check(String value) {
        check(id, type, choices, value);
        return value;
    }

    private static void check(String id, Type type, List<String> choices, String value) {
        String problem = switch (type) {
        case INTEGER -> isLong(value) ? null : "a whole number";
        case DECIMAL -> value.matches("-?\\d+(\\.\\d+)?") ? null : "a number";
        case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "true or false";
        case CHOICE -> choices.contains(value) ? null : "one of " + String.join(", ", choices);
        case DURATION -> {
            try {
                Durations.parseMicros(value);
                yield null;
            } catch (IllegalArgumentException e) {
                yield "a duration such as 30s, 5m, 1h";
            }
        }
        case TEXT -> null;
        };
        if (problem != null) {
            throw new IllegalArgumentException("parameter " + id + "=" + value + ": expected " + problem);
        }
    }

    /** Digits alone would pass 99999999999999999999, which analyses then fail to read as a long. */
    private static boolean isLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
