package org.flowbench.ui.map.internal;

/**
 * The Miller cylindrical projection (a Mercator with its poles tamed, a common choice for world
 * maps) of the band from 58 degrees south to 84 degrees north, fitted into the canvas, with zoom
 * and pan. Map units: longitude in degrees across, Miller's y scaled to degrees up.
 */
public final class MapProjection {

    static final double NORTH = 84;
    static final double SOUTH = -58;
    private static final double TOP = miller(NORTH);
    private static final double BOTTOM = miller(SOUTH);
    static final double MAX_ZOOM = 40;

    private int width = 1;
    private int height = 1;
    private double zoom = 1;
    /** The map point at the canvas centre. */
    private double centerX = 0;
    private double centerY = (TOP + BOTTOM) / 2;

    static double miller(double latitude) {
        double phi = Math.toRadians(latitude);
        return Math.toDegrees(1.25 * Math.log(Math.tan(Math.PI / 4 + 0.4 * phi)));
    }

    static double inverseMiller(double y) {
        return Math.toDegrees(2.5 * Math.atan(Math.exp(0.8 * Math.toRadians(y))) - 0.625 * Math.PI);
    }

    public void setSize(int w, int h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        clampCenter();
    }

    /** @return pixels per map unit: the whole band fits at zoom 1 */
    double scale() {
        return zoom * Math.min(width / 360.0, height / (TOP - BOTTOM));
    }

    public double zoom() {
        return zoom;
    }

    /** @return the pixel x of a longitude */
    public double x(double longitude) {
        return (longitude - centerX) * scale() + width / 2.0;
    }

    /** @return the pixel y of a latitude */
    public double y(double latitude) {
        return (centerY - miller(Math.max(SOUTH - 20, Math.min(NORTH + 5, latitude)))) * scale() + height / 2.0;
    }

    public double longitude(double px) {
        return (px - width / 2.0) / scale() + centerX;
    }

    public double latitude(double py) {
        return inverseMiller(centerY - (py - height / 2.0) / scale());
    }

    /** Zooms by {@code factor} keeping the map point under the pixel where it is. */
    public void zoomAt(double factor, double px, double py) {
        double mx = (px - width / 2.0) / scale() + centerX;
        double my = centerY - (py - height / 2.0) / scale();
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        centerX = mx - (px - width / 2.0) / scale();
        centerY = my + (py - height / 2.0) / scale();
        clampCenter();
    }

    /** Moves the map by pixels. */
    public void pan(double dx, double dy) {
        centerX -= dx / scale();
        centerY += dy / scale();
        clampCenter();
    }

    public void reset() {
        zoom = 1;
        centerX = 0;
        centerY = (TOP + BOTTOM) / 2;
    }

    /** Keeps some of the map in view: the centre stays inside the band. */
    private void clampCenter() {
        centerX = Math.max(-180, Math.min(180, centerX));
        centerY = Math.max(BOTTOM, Math.min(TOP, centerY));
    }
}
