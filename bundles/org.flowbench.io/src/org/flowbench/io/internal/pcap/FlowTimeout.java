package org.flowbench.io.internal.pcap;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The active timeout that cuts packets into flows: 1 second unless the system property
 * {@value #PROPERTY} says otherwise, e.g. {@code -Dflowbench.capture.flowTimeout=1m} (units us, ms,
 * s, m, h; a bare number is seconds). Flows end at multiples of it since the epoch, so bytes over
 * time are exact for buckets that are multiples of it.
 */
public final class FlowTimeout {

    public static final String PROPERTY = "flowbench.capture.flowTimeout";
    public static final long DEFAULT_MICROS = 1_000_000L;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(us|ms|s|m|h)?");

    private FlowTimeout() {
    }

    /**
     * @return the configured timeout in microseconds
     * @throws IllegalArgumentException when the property is set to something that is not a duration
     */
    public static long configured() {
        String text = System.getProperty(PROPERTY);
        return text == null || text.isBlank() ? DEFAULT_MICROS : parse(text);
    }

    /** @throws IllegalArgumentException naming the property when the text is not a positive duration */
    public static long parse(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(PROPERTY + "=" + text + " is not a duration such as 1s, 500ms or 1m");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long micros = switch (unit) {
            case "us" -> n;
            case "ms" -> n * 1_000L;
            case "s" -> n * 1_000_000L;
            case "m" -> n * 60_000_000L;
            default -> n * 3_600_000_000L;
        };
        if (micros <= 0) {
            throw new IllegalArgumentException(PROPERTY + "=" + text + " must be longer than 0");
        }
        return micros;
    }
}
