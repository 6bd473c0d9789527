package org.flowbench.ui.map.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.flowbench.geo.Country;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.WorldMap;
import org.flowbench.ui.TrafficUnits;

/**
 * Draws the traffic map: ocean, countries shaded by bytes in log-scale classes, the top country
 * pairs as arcs, the legend, the attribution, and a message when nothing can be placed. The view
 * draws with it on screen and tests into an image, so both show the same pixels.
 */
public final class MapPainter {

    public static final RGB OCEAN = new RGB(214, 230, 244);
    /** Land without traffic in the selection. */
    public static final RGB NO_TRAFFIC = new RGB(226, 226, 222);
    static final RGB BORDER = new RGB(140, 140, 140);
    static final RGB PICKED = new RGB(31, 78, 121);
    static final RGB ARC = new RGB(31, 78, 121);
    static final RGB TEXT = new RGB(40, 40, 40);

    /** What to draw. */
    public record Scene(WorldMap map, GeoIp geo, MapData data, Side side, String picked, int arcs, boolean hasDataset) {
    }

    private MapPainter() {
    }

    private static final String ATTRIBUTION = "IP Geolocation by DB-IP · Natural Earth";

    /** Paints the whole map into {@code gc} over {@code width} x {@code height} pixels. */
    public static void paint(GC gc, int width, int height, MapProjection projection, Scene scene) {
        Device device = gc.getDevice();
        List<Color> colors = new ArrayList<>();
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(color(device, OCEAN, colors));
            gc.fillRectangle(0, 0, width, height);
            ColorScale scale = ColorScale.of(scene.data().countries().stream().map(c -> scene.data().countryBytes(c, scene.side())).toList());
            paintCountries(gc, projection, scene, scale, colors);
            paintArcs(gc, projection, scene, colors);
            paintLegend(gc, width, height, scene, scale, colors);
            paintAttribution(gc, width, height, colors);
            String message = message(scene);
            if (message != null) {
                paintMessage(gc, width, height, message, colors);
            }
        } finally {
            colors.forEach(Color::dispose);
        }
    }

    /** @return the message over the map when nothing of the traffic can be placed, else null */
    static String message(Scene scene) {
        MapData d = scene.data();
        if (!scene.hasDataset()) {
            return null; // the view says so itself
        }
        if (d.totalBytes() == 0) {
            return "No traffic in the selection.";
        }
        if (d.placedBytes(Side.BOTH) == 0) {
            return "Nothing can be placed on the map: all " + TrafficUnits.volume(d.totalBytes())
                    + " are between private, special or unknown addresses (see the numbers beside the map).";
        }
        if (d.placedBytes(scene.side()) == 0) {
            return "No " + (scene.side() == Side.SOURCE ? "source" : "destination")
                    + " of this traffic lies in a country: show the other side.";
        }
        return null;
    }

    private static void paintCountries(GC gc, MapProjection projection, Scene scene, ColorScale scale, List<Color> colors) {
        Device device = gc.getDevice();
        Color border = color(device, BORDER, colors);
        gc.setLineWidth(1);
        gc.setFillRule(SWT.FILL_EVEN_ODD);
        WorldMap.Shape picked = null;
        for (WorldMap.Shape s : scene.map().shapes()) {
            long bytes = s.code().equals("--") ? 0 : scene.data().countryBytes(s.code(), scene.side());
            RGB fill = bytes > 0 ? scale.color(scale.classOf(bytes)) : NO_TRAFFIC;
            Path path = path(device, projection, s);
            try {
                gc.setBackground(color(device, fill, colors));
                gc.fillPath(path);
                gc.setForeground(border);
                gc.setAlpha(160);
                gc.drawPath(path);
                gc.setAlpha(255);
            } finally {
                path.dispose();
            }
            if (s.code().equals(scene.picked())) {
                picked = s;
            }
        }
        // territories without a shape at this scale: a dot where they are
        for (WorldMap.Place p : scene.map().placesWithoutShape()) {
            long bytes = scene.data().countryBytes(p.code(), scene.side());
            if (bytes > 0) {
                gc.setBackground(color(device, scale.color(scale.classOf(bytes)), colors));
                int x = (int) projection.x(p.lon() / 100.0);
                int y = (int) projection.y(p.lat() / 100.0);
                gc.fillOval(x - 4, y - 4, 9, 9);
                gc.setForeground(border);
                gc.drawOval(x - 4, y - 4, 9, 9);
            }
        }
        if (picked != null) {
            Path path = path(device, projection, picked);
            try {
                gc.setForeground(color(device, PICKED, colors));
                gc.setLineWidth(3);
                gc.drawPath(path);
                gc.setLineWidth(1);
            } finally {
                path.dispose();
            }
        }
    }

    private static Path path(Device device, MapProjection projection, WorldMap.Shape s) {
        Path path = new Path(device);
        for (int[] ring : s.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                float x = (float) projection.x(ring[i] / 100.0);
                float y = (float) projection.y(ring[i + 1] / 100.0);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.close();
        }
        return path;
    }

    private static void paintArcs(GC gc, MapProjection projection, Scene scene, List<Color> colors) {
        List<MapData.Arc> arcs = scene.data().topPairs(scene.arcs());
        if (arcs.isEmpty()) {
            return;
        }
        long max = arcs.get(0).bytes();
        Device device = gc.getDevice();
        gc.setForeground(color(device, ARC, colors));
        gc.setBackground(color(device, ARC, colors));
        gc.setAlpha(170);
        gc.setLineCap(SWT.CAP_ROUND);
        // smallest first, so the largest lie on top
        for (int k = arcs.size() - 1; k >= 0; k--) {
            MapData.Arc arc = arcs.get(k);
            Country from = scene.geo().country(arc.from()).orElse(null);
            Country to = scene.geo().country(arc.to()).orElse(null);
            if (from == null || to == null || !from.isPlaced() || !to.isPlaced()) {
                continue;
            }
            float x1 = (float) projection.x(from.longitude());
            float y1 = (float) projection.y(from.latitude());
            float x2 = (float) projection.x(to.longitude());
            float y2 = (float) projection.y(to.latitude());
            // bend to the left of the direction of travel, by a fifth of the distance
            float cx = (x1 + x2) / 2 + (y1 - y2) / 5;
            float cy = (y1 + y2) / 2 - (x2 - x1) / 5;
            Path path = new Path(device);
            try {
                path.moveTo(x1, y1);
                path.quadTo(cx, cy, x2, y2);
                gc.setLineWidth(Math.max(1, (int) Math.round(1 + 9.0 * arc.bytes() / max)));
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
            gc.fillOval((int) x2 - 3, (int) y2 - 3, 7, 7);
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
    }

    private static void paintLegend(GC gc, int width, int height, Scene scene, ColorScale scale, List<Color> colors) {
        int line = gc.getFontMetrics().getHeight() + 2;
        // the full legend would hide a third of a small map: a strip of swatches says the same
        if (line * (scale.classes() + 2) + 12 > height / 3) {
            paintLegendStrip(gc, width, height, scale, colors);
        } else {
            paintFullLegend(gc, height, scene, scale, colors);
        }
    }

    /** One row of swatches, light to dark, each over the lower bound of its class (bytes from there up). */
    private static void paintLegendStrip(GC gc, int width, int height, ColorScale scale, List<Color> colors) {
        Device device = gc.getDevice();
        int line = gc.getFontMetrics().getHeight();
        int classes = scale.classes();
        String[] labels = new String[classes];
        int cell = 0;
        for (int k = 0; k < classes; k++) {
            labels[k] = TrafficUnits.volume(scale.lowerBound(k));
            cell = Math.max(cell, gc.textExtent(labels[k]).x + 6);
        }
        int x = 8;
        int y = height - line - 12 - 8;
        int boxWidth = cell * classes + 8;
        Point attribution = gc.textExtent(ATTRIBUTION);
        if (x + boxWidth > width - attribution.x - 14) {
            y -= attribution.y + 6; // above the attribution, which takes the bottom right
        }
        gc.setBackground(color(device, new RGB(255, 255, 255), colors));
        gc.setAlpha(225);
        gc.fillRoundRectangle(x, y - 4, boxWidth, line + 16, 6, 6);
        gc.setAlpha(255);
        for (int k = 0; k < classes; k++) {
            int cx = x + 4 + k * cell;
            gc.setBackground(color(device, scale.color(k), colors));
            gc.fillRectangle(cx, y, cell - 2, 6);
            gc.setForeground(color(device, TEXT, colors));
            gc.drawText(labels[k], cx, y + 8, true);
        }
    }

    private static void paintFullLegend(GC gc, int height, Scene scene, ColorScale scale, List<Color> colors) {
        Device device = gc.getDevice();
        Font font = gc.getFont();
        int line = gc.getFontMetrics().getHeight() + 2;
        int swatch = line - 4;
        int classes = scale.classes();
        List<String> labels = new ArrayList<>();
        for (int k = classes - 1; k >= 0; k--) {
            String lower = TrafficUnits.volume(scale.lowerBound(k));
            labels.add(k == classes - 1 ? "≥ " + lower : lower + " – " + TrafficUnits.volume(scale.lowerBound(k + 1)));
        }
        labels.add("no traffic");
        String title = scene.side().legendTitle() + " (log scale)";
        int textWidth = gc.textExtent(title).x;
        for (String l : labels) {
            textWidth = Math.max(textWidth, swatch + 6 + gc.textExtent(l).x);
        }
        int boxWidth = textWidth + 16;
        int boxHeight = line * (labels.size() + 1) + 12;
        int x = 8;
        int y = height - boxHeight - 8;
        gc.setBackground(color(device, new RGB(255, 255, 255), colors));
        gc.setAlpha(225);
        gc.fillRoundRectangle(x, y, boxWidth, boxHeight, 8, 8);
        gc.setAlpha(255);
        gc.setForeground(color(device, BORDER, colors));
        gc.drawRoundRectangle(x, y, boxWidth, boxHeight, 8, 8);
        gc.setForeground(color(device, TEXT, colors));
        Font bold = bold(device, font);
        try {
            gc.setFont(bold);
            gc.drawText(title, x + 8, y + 6, true);
        } finally {
            gc.setFont(font);
            bold.dispose();
        }
        for (int i = 0; i < labels.size(); i++) {
            int ly = y + 6 + line * (i + 1);
            RGB fill = i < classes ? scale.color(classes - 1 - i) : NO_TRAFFIC;
            gc.setBackground(color(device, fill, colors));
            gc.fillRectangle(x + 8, ly + 2, swatch, swatch);
            gc.setForeground(color(device, BORDER, colors));
            gc.drawRectangle(x + 8, ly + 2, swatch, swatch);
            gc.setForeground(color(device, TEXT, colors));
            gc.drawText(labels.get(i), x + 8 + swatch + 6, ly, true);
        }
    }

    private static void paintAttribution(GC gc, int width, int height, List<Color> colors) {
        String text = ATTRIBUTION;
        Point size = gc.textExtent(text);
        gc.setBackground(color(gc.getDevice(), new RGB(255, 255, 255), colors));
        gc.setAlpha(200);
        gc.fillRectangle(width - size.x - 10, height - size.y - 6, size.x + 8, size.y + 4);
        gc.setAlpha(255);
        gc.setForeground(color(gc.getDevice(), TEXT, colors));
        gc.drawText(text, width - size.x - 6, height - size.y - 4, true);
    }

    private static void paintMessage(GC gc, int width, int height, String message, List<Color> colors) {
        int wrap = Math.min(width - 40, 460);
        List<String> lines = wrap(gc, message, wrap);
        int line = gc.getFontMetrics().getHeight();
        int boxWidth = lines.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0) + 32;
        int boxHeight = line * lines.size() + 24;
        int x = (width - boxWidth) / 2;
        int y = (height - boxHeight) / 2;
        gc.setBackground(color(gc.getDevice(), new RGB(255, 250, 225), colors));
        gc.fillRoundRectangle(x, y, boxWidth, boxHeight, 10, 10);
        gc.setForeground(color(gc.getDevice(), new RGB(160, 130, 40), colors));
        gc.drawRoundRectangle(x, y, boxWidth, boxHeight, 10, 10);
        gc.setForeground(color(gc.getDevice(), TEXT, colors));
        for (int i = 0; i < lines.size(); i++) {
            gc.drawText(lines.get(i), x + 16, y + 12 + i * line, true);
        }
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (gc.textExtent(candidate).x > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static Font bold(Device device, Font font) {
        FontData[] data = font.getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        return new Font(device, data);
    }

    private static Color color(Device device, RGB rgb, List<Color> colors) {
        Color c = new Color(device, rgb);
        colors.add(c);
        return c;
    }
}
