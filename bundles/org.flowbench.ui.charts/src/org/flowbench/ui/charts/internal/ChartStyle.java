package org.flowbench.ui.charts.internal;

import java.io.Serial;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

/** The look the Flowbench charts share: white plot, quiet gray axes and grid, no chart title or legend. */
public final class ChartStyle {

    public static final RGB TEXT = new RGB(51, 51, 51);
    public static final RGB AXIS = new RGB(110, 110, 110);
    public static final RGB GRID = new RGB(226, 226, 226);
    public static final RGB OTHER = new RGB(170, 170, 170);
    public static final RGB ANOMALY = new RGB(230, 145, 0);
    public static final RGB BACKGROUND = new RGB(255, 255, 255);

    private ChartStyle() {
    }

    /** Gives a new chart the shared look. */
    public static void apply(Chart chart) {
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        // the charts thin their series themselves (to the pixel width, keeping peaks)
        chart.enableCompress(false);
        Color white = new Color(BACKGROUND);
        chart.setBackground(white);
        chart.getPlotArea().setBackground(white);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(new Color(AXIS));
            axis.getTitle().setForeground(new Color(TEXT));
            axis.getTitle().setFont(chart.getDisplay().getSystemFont());
            axis.getGrid().setForeground(new Color(GRID));
            axis.getGrid().setStyle(LineStyle.SOLID);
        }
    }

    /** @return a tick label format that writes values with the function (and reads none back) */
    public static Format labels(DoubleFunction<String> text) {
        return new FunctionFormat(text);
    }

    /** @return the color with the alpha of a translucent fill drawn over white (for marks behind series) */
    public static void fillTranslucent(GC gc, RGB rgb, int alpha, int x, int y, int width, int height) {
        int old = gc.getAlpha();
        gc.setBackground(new Color(rgb));
        gc.setAlpha(alpha);
        gc.fillRectangle(x, y, width, height);
        gc.setAlpha(old);
    }

    /** Draws text in a white box with a colored border, kept inside {@code width x height}. */
    public static Point drawLabel(GC gc, String text, int x, int y, RGB border, int width, int height) {
        Point size = gc.textExtent(text);
        int w = size.x + 8;
        int h = size.y + 4;
        int bx = Math.max(1, Math.min(x, width - w - 1));
        int by = Math.max(1, Math.min(y, height - h - 1));
        int old = gc.getAlpha();
        gc.setAlpha(235);
        gc.setBackground(new Color(BACKGROUND));
        gc.fillRectangle(bx, by, w, h);
        gc.setAlpha(old);
        gc.setForeground(new Color(border));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawRectangle(bx, by, w, h);
        gc.setForeground(new Color(TEXT));
        gc.drawText(text, bx + 4, by + 2, true);
        return new Point(bx, by);
    }

    /** A java.text.Format over a function, for SWTChart's tick labels. */
    private static final class FunctionFormat extends Format {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient DoubleFunction<String> text;

        FunctionFormat(DoubleFunction<String> text) {
            this.text = text;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition pos) {
            return to.append(text.apply(((Number) value).doubleValue()));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            return null; // labels are for people; SWTChart then treats every tick as a major one
        }
    }
}
