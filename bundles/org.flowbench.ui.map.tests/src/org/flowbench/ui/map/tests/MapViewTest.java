package org.flowbench.ui.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.flowbench.geo.Country;
import org.flowbench.geo.GeoIp;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.map.TrafficMap;
import org.flowbench.ui.map.internal.ColorScale;
import org.flowbench.ui.map.internal.MapPainter;
import org.flowbench.ui.map.internal.MapProjection;
import org.flowbench.ui.map.internal.MapView;
import org.flowbench.ui.map.internal.Side;
import org.flowbench.ui.selection.CountryFocus;
import org.flowbench.ui.selection.TrafficSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Traffic Map on hand-made datasets: colours sampled from a rendered image, picks, messages. */
class MapViewTest {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    private IWorkbenchPage page;
    private MapView view;
    private Dataset dataset;
    private GeoIp geo;

    @BeforeEach
    void open() throws Exception {
        MapTesting.joinDatasetJobs();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (MapView) page.showView(TrafficMap.VIEW_ID);
        view.showSide(Side.DESTINATION);
        geo = PlatformUI.getWorkbench().getService(GeoIp.class);
    }

    @AfterEach
    void close() {
        MapTesting.selection().clear();
        if (dataset != null) {
            MapTesting.datasets().close(dataset);
        }
        MapTesting.drain();
    }

    private void show(String name, List<org.flowbench.model.FlowRecord> flows) {
        dataset = MapTesting.addDataset(name, flows);
        MapTesting.until(() -> view.isUpToDate() && view.shownSelection() != null && view.shownSelection().dataset() == dataset);
    }

    /**
     * Office traffic to four countries, over seven powers of ten: 5 GB to the US, 50 MB to Germany,
     * 500 KB to Japan, 5 KB to Brazil. Seven decades make six classes of 7/6 decade from 1 KB:
     * the US falls in class 5 (darkest), Germany 4, Japan 2, Brazil 0 (lightest).
     */
    private void showFourCountries() {
        show("four-countries.csv", List.of(MapTesting.flow(0, MapTesting.LAN, MapTesting.US, 5_000_000_000L),
                MapTesting.flow(1, MapTesting.LAN, MapTesting.DE, 50_000_000L),
                MapTesting.flow(2, MapTesting.LAN, MapTesting.JP, 500_000L),
                MapTesting.flow(3, MapTesting.LAN, MapTesting.BR, 5_000L)));
    }

    @Test
    void countriesArePaintedInTheirColourClasses() {
        showFourCountries();
        ImageData image = view.render(WIDTH, HEIGHT);
        ColorScale scale = ColorScale.of(List.of(5_000_000_000L, 50_000_000L, 500_000L, 5_000L));
        assertEquals(6, scale.classes());
        assertEquals(scale.color(5), pixelAt(image, "US"));
        assertEquals(scale.color(4), pixelAt(image, "DE"));
        assertEquals(scale.color(2), pixelAt(image, "JP"));
        assertEquals(scale.color(0), pixelAt(image, "BR"));
        assertEquals(MapPainter.NO_TRAFFIC, pixelAt(image, "CA"), "a country without traffic");
        assertEquals(MapPainter.NO_TRAFFIC, pixelAt(image, "AU"), "a country without traffic");
        assertEquals(MapPainter.OCEAN, pixel(image, -30, 0), "the Atlantic");
        // the palette runs light to dark
        assertTrue(brightness(scale.color(0)) > brightness(scale.color(5)));
    }

    @Test
    void inASmallViewTheLegendLeavesTheCountriesInSight() {
        showFourCountries();
        int width = 400;
        int height = 230; // the map as a tab of the bottom right folder of the perspective
        ImageData image = view.render(width, height);
        ColorScale scale = ColorScale.of(List.of(5_000_000_000L, 50_000_000L, 500_000L, 5_000L));
        Country brazil = geo.country("BR").orElseThrow();
        MapProjection p = new MapProjection();
        p.setSize(width, height);
        // the full legend (seven lines) would cover South America here
        assertEquals(scale.color(0), rgb(image, (int) Math.round(p.x(brazil.longitude())), (int) Math.round(p.y(brazil.latitude()))));
        // a strip along the bottom shows every class, also those no country has here (1 and 3)
        Set<RGB> strip = new HashSet<>();
        for (int x = 0; x < width; x++) {
            for (int y = height - 80; y < height; y++) {
                strip.add(rgb(image, x, y));
            }
        }
        for (int k = 0; k < scale.classes(); k++) {
            assertTrue(strip.contains(scale.color(k)), "class " + k + " (" + scale.color(k) + ") in the legend strip");
        }
    }

    @Test
    void sourcesShadeNothingWhenAllSourcesArePrivate() {
        showFourCountries();
        view.showSide(Side.SOURCE);
        ImageData image = view.render(WIDTH, HEIGHT);
        assertEquals(MapPainter.NO_TRAFFIC, pixelAt(image, "US"));
        assertEquals(0, view.data().placedBytes(Side.SOURCE));
        assertEquals(5_050_505_000L, view.data().kindBytes("private", Side.SOURCE));
        assertEquals(5_050_505_000L, view.data().placedBytes(Side.DESTINATION));
    }

    @Test
    void aClickOnACountryFiltersTheOtherViewsButNotTheMap() {
        showFourCountries();
        Country de = geo.country("DE").orElseThrow();
        MapProjection p = view.projection();
        p.zoomAt(8, p.x(de.longitude()), p.y(de.latitude())); // Germany is a few pixels wide in a small view
        int x = (int) Math.round(p.x(de.longitude()));
        int y = (int) Math.round(p.y(de.latitude()));
        assertEquals("DE", view.countryAt(x, y).orElseThrow());
        click(x, y);
        MapTesting.until(view::isUpToDate);
        TrafficSelection s = MapTesting.selection().current();
        assertEquals(new CountryFocus("DE", Direction.DESTINATION), s.country());
        assertEquals("dst country DE", s.filterFor(TrafficSelection.Own.NOTHING).toString());
        // the map keeps every country and outlines the pick
        assertEquals(5_000_000_000L, view.data().countryBytes("US", Side.DESTINATION));
        click(x, y);
        MapTesting.until(view::isUpToDate);
        assertNull(MapTesting.selection().current().country(), "a second click drops the pick");
        p.reset();
    }

    @Test
    void zoomKeepsTheCountryUnderThePointer() {
        showFourCountries();
        Country jp = geo.country("JP").orElseThrow();
        MapProjection p = view.projection();
        double x = p.x(jp.longitude());
        double y = p.y(jp.latitude());
        p.zoomAt(4, x, y);
        assertEquals("JP", view.countryAt((int) Math.round(x), (int) Math.round(y)).orElseThrow());
        p.pan(100, 0);
        assertEquals("JP", view.countryAt((int) Math.round(x + 100), (int) Math.round(y)).orElseThrow());
        p.reset();
    }

    @Test
    void trafficBetweenCountriesIsDrawnAsArcs() {
        show("arcs.csv", List.of(MapTesting.flow(0, MapTesting.JP, MapTesting.BR, 9_000_000L),
                MapTesting.flow(1, MapTesting.DE, MapTesting.US, 1_000_000L)));
        assertEquals(2, view.data().topPairs(10).size());
        assertEquals("JP", view.data().topPairs(10).get(0).from());
        ImageData image = view.render(WIDTH, HEIGHT);
        // the arc's end dot at Brazil's point is the arc colour, mixed with what lies under it
        RGB end = pixelAt(image, "BR");
        assertTrue(end.blue > end.red, "arc colour over Brazil: " + end);
    }

    @Test
    void onlyPrivateTrafficGetsAClearMessage() {
        show("private.csv", List.of(MapTesting.flow(0, MapTesting.LAN, "10.20.0.10", 70_000L),
                MapTesting.flow(1, "10.20.0.10", MapTesting.LAN, 30_000L)));
        String message = view.message();
        assertNotNull(message);
        assertTrue(message.startsWith("Nothing can be placed on the map"), message);
        ImageData image = view.render(WIDTH, HEIGHT);
        boolean box = false;
        for (int x = WIDTH / 2 - 150; x < WIDTH / 2 + 150; x++) {
            box |= rgb(image, x, HEIGHT / 2).equals(new RGB(255, 250, 225));
        }
        assertTrue(box, "the message box lies over the middle of the map");
        assertEquals(100_000L, view.data().kindBytes("private", Side.DESTINATION));
        assertTrue(view.unplacedTexts().contains("Private (not on the map)"), view.unplacedTexts()::toString);
    }

    private RGB pixelAt(ImageData image, String code) {
        Country c = geo.country(code).orElseThrow();
        return pixel(image, c.longitude(), c.latitude());
    }

    private static RGB pixel(ImageData image, double lon, double lat) {
        MapProjection p = new MapProjection();
        p.setSize(WIDTH, HEIGHT);
        return rgb(image, (int) Math.round(p.x(lon)), (int) Math.round(p.y(lat)));
    }

    private static RGB rgb(ImageData image, int x, int y) {
        return image.palette.getRGB(image.getPixel(x, y));
    }

    private static int brightness(RGB c) {
        return c.red + c.green + c.blue;
    }

    private void click(int x, int y) {
        org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
        down.button = 1;
        down.x = x;
        down.y = y;
        view.canvas().notifyListeners(org.eclipse.swt.SWT.MouseDown, down);
        org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
        up.button = 1;
        up.x = x;
        up.y = y;
        view.canvas().notifyListeners(org.eclipse.swt.SWT.MouseUp, up);
        MapTesting.drain();
    }
}
