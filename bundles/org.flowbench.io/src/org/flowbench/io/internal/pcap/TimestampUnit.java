package org.flowbench.io.internal.pcap;

/**
 * Turns a pcapng interface's timestamps (unsigned 64-bit counts of its resolution, {@code if_tsresol})
 * into microseconds since the epoch, adding its {@code if_tsoffset}. A resolution is 10^-n or 2^-n
 * seconds (n up to 127); results that do not fit a long are clamped, never wrapped, so any value
 * gives some time and no exception.
 */
final class TimestampUnit {

    /** pcapng's default: microseconds. */
    static final TimestampUnit MICROSECONDS = of(6, 0);

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final boolean binary;
    /** For 10^-n: n - 6 (divide by 10^that when positive, multiply by 10^-that when negative); for 2^-n: n. */
    private final int exponent;
    private final long decimalFactor;
    private final long offsetMicros;

    private TimestampUnit(boolean binary, int exponent, long offsetSeconds) {
        this.binary = binary;
        this.exponent = exponent;
        this.decimalFactor = binary ? 1 : powerOfTen(Math.abs(exponent));
        this.offsetMicros = saturatedMultiply(offsetSeconds, MICROS_PER_SECOND);
    }

    /**
     * @param tsresol       the option's byte: high bit clear, 10^-value seconds; set, 2^-(value &amp; 0x7f)
     * @param offsetSeconds the {@code if_tsoffset} option, 0 when absent
     */
    static TimestampUnit of(int tsresol, long offsetSeconds) {
        boolean binary = (tsresol & 0x80) != 0;
        int n = tsresol & 0x7F;
        return new TimestampUnit(binary, binary ? n : n - 6, offsetSeconds);
    }

    /** @param units the block's timestamp, unsigned */
    long toMicros(long units) {
        long micros;
        if (!binary) {
            if (exponent == 0) {
                micros = units < 0 ? Long.MAX_VALUE : units;
            } else if (exponent > 0) {
                micros = decimalFactor == 0 ? 0 : Long.divideUnsigned(units, decimalFactor);
            } else {
                micros = units < 0 ? Long.MAX_VALUE : saturatedMultiply(units, decimalFactor);
            }
        } else {
            micros = binaryToMicros(units, exponent);
        }
        return saturatedAdd(micros, offsetMicros);
    }

    /** units / 2^n seconds in microseconds, using 128-bit products where they are needed. */
    private static long binaryToMicros(long units, int n) {
        if (n == 0) {
            return units < 0 ? Long.MAX_VALUE : saturatedMultiply(units, MICROS_PER_SECOND);
        }
        long seconds = n >= 64 ? 0 : units >>> n;
        long fraction = n >= 64 ? units : units & ((1L << n) - 1);
        // fraction * 10^6 / 2^n, with the product as 128 bits
        long high = Math.unsignedMultiplyHigh(fraction, MICROS_PER_SECOND);
        long low = fraction * MICROS_PER_SECOND;
        long fractionMicros;
        if (n < 64) {
            fractionMicros = (high << (64 - n)) | (low >>> n);
        } else {
            fractionMicros = n - 64 >= 64 ? 0 : high >>> (n - 64);
        }
        return saturatedAdd(seconds < 0 ? Long.MAX_VALUE : saturatedMultiply(seconds, MICROS_PER_SECOND), fractionMicros);
    }

    /** @return 10^n, or 0 when it does not fit a long (then any unsigned long divided by it is 0) */
    private static long powerOfTen(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            if (p > Long.MAX_VALUE / 10) {
                return 0;
            }
            p *= 10;
        }
        return p;
    }

    static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
