package org.flowbench.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of option values that picocli's types do not cover. */
final class Options {

    private Options() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " " + value + ": expected one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
