package org.flowbench.ui.map.internal;

import java.util.Collection;

import org.eclipse.swt.graphics.RGB;

/**
 * Log-scale colour classes for bytes per country: traffic spans many powers of ten, so classes are
 * whole decades (merged into at most six when the range is wider), coloured light yellow to dark
 * red.
 */
public final class ColorScale {

    /** Light to dark, one per class (ColorBrewer's YlOrRd scheme, 6 classes). */
    private static final RGB[] PALETTE = { new RGB(255, 255, 178), new RGB(254, 217, 118), new RGB(254, 178, 76),
            new RGB(253, 141, 60), new RGB(240, 59, 32), new RGB(189, 0, 38) };
    public static final int MAX_CLASSES = PALETTE.length;

    private final double lowExponent;
    private final double step;
    private final int classes;

    private ColorScale(double lowExponent, double step, int classes) {
        this.lowExponent = lowExponent;
        this.step = step;
        this.classes = classes;
    }

    /** @return the scale for these values (zeros ignored); one class of one decade when there are none */
    public static ColorScale of(Collection<Long> values) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long v : values) {
            if (v > 0) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max == 0) {
            return new ColorScale(0, 1, 1);
        }
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.floor(Math.log10(max)) + 1;
        int decades = high - low;
        int classes = Math.min(decades, MAX_CLASSES);
        return new ColorScale(low, (double) decades / classes, classes);
    }

    public int classes() {
        return classes;
    }

    /** @return the class of a positive value, 0 (lightest) to classes - 1 (darkest) */
    public int classOf(long value) {
        int k = (int) Math.floor((Math.log10(value) - lowExponent) / step);
        return Math.max(0, Math.min(classes - 1, k));
    }

    /** @return the smallest value of the class (its upper bound is the next class's lower bound) */
    public double lowerBound(int k) {
        return Math.pow(10, lowExponent + k * step);
    }

    /** @return the colour of a class: the darkest classes of the palette when there are fewer classes */
    public RGB color(int k) {
        return PALETTE[PALETTE.length - classes + k];
    }
}
