package org.flowbench.ui.map.internal;

import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Table;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.WorldMap;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.selection.CountryFocus;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.AnalysisView;

/**
 * The Traffic Map: where in the world the traffic comes from and goes to, drawn offline from the
 * built-in country shapes and GeoIP data. Countries are shaded by bytes (sources, destinations or
 * both), the largest country pairs are arcs, bytes that cannot be placed are listed beside the
 * map. Wheel zooms, dragging pans, double-click resets; a click on a country picks it for the other
 * views (and a second click drops it). The map keeps showing every country, with the picked one
 * outlined, like the other views keep showing their own picks.
 */
public final class MapView extends AnalysisView {

    /** Every pair the data has: a few hundred places make at most tens of thousands of pairs. */
    private static final int ALL_PAIRS = 1_000_000;
    private static final int DRAG_THRESHOLD = 4;

    private final MapProjection projection = new MapProjection();
    private GeoIp geo;
    private WorldMap map;
    private Canvas canvas;
    private UnplacedPanel unplaced;
    private MapData data = MapData.EMPTY;
    private boolean hasDataset;
    private String picked;
    private Side side = Side.BOTH;
    private final Runnable geoChanged = () -> refresh();
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private boolean pressed;
    private boolean dragged;

    @Override
    protected String analysisId() {
        return "geo-country-pairs";
    }

    @Override
    protected TrafficSelection.Own own() {
        return TrafficSelection.Own.COUNTRY;
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        return base.withTopN(ALL_PAIRS);
    }

    @Override
    protected void createContent(Composite parent) {
        geo = PlatformUI.getWorkbench().getService(GeoIp.class);
        map = WorldMap.builtIn();
        side = MapPreferences.side();
        MapPreferences.applyCityDatabases(geo);
        geo.addChangeListener(geoChanged);

        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        canvas = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        unplaced = new UnplacedPanel(body);
        unplaced.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));

        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> {
            Rectangle r = canvas.getClientArea();
            projection.setSize(r.width, r.height);
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            projection.zoomAt(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, e -> resetView());
        canvas.addListener(SWT.Dispose, e -> geo.removeChangeListener(geoChanged));
        contributeToolbar();
    }

    private void contributeToolbar() {
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        for (Side s : Side.values()) {
            Action a = new Action(s.label(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        showSide(s);
                    }
                }
            };
            a.setToolTipText("Shade countries by " + s.legendTitle().toLowerCase(java.util.Locale.ROOT).replace("bytes ", "the bytes "));
            a.setChecked(s == side);
            toolbar.add(a);
        }
        toolbar.add(new Separator());
        toolbar.add(new Action("Reset Zoom") {
            {
                setToolTipText("Show the whole world again (or double-click the map)");
            }

            @Override
            public void run() {
                resetView();
            }
        });
        getViewSite().getActionBars().updateActionBars();
    }

    /** Shades countries by the given side; kept in the preferences. */
    public void showSide(Side s) {
        side = s;
        MapPreferences.setSide(s);
        unplaced.show(data, side, geo.dataDescription());
        canvas.redraw();
    }

    public Side side() {
        return side;
    }

    private void resetView() {
        projection.reset();
        canvas.redraw();
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        data = MapData.of((Table) result);
        hasDataset = selection.dataset() != null;
        picked = selection.country() == null ? null : selection.country().code();
        unplaced.show(data, side, geo.dataDescription());
        canvas.redraw();
    }

    private MapPainter.Scene scene() {
        return new MapPainter.Scene(map, geo, data, side, picked, FlowbenchPreferences.topN(), hasDataset);
    }

    private void paint(Event e) {
        Rectangle r = canvas.getClientArea();
        projection.setSize(r.width, r.height);
        MapPainter.paint(e.gc, r.width, r.height, projection, scene());
    }

    /** Draws the map as the view shows it into an image of the given size; tests sample its pixels. */
    public ImageData render(int width, int height) {
        MapProjection p = new MapProjection();
        p.setSize(width, height);
        Image image = new Image(canvas.getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            MapPainter.paint(gc, width, height, p, scene());
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return the message drawn over the map, null when there is none */
    public String message() {
        return MapPainter.message(scene());
    }

    /** @return the texts beside the map, name and value alternately */
    public java.util.List<String> unplacedTexts() {
        return unplaced.texts();
    }

    /** @return what the map shows now */
    public MapData data() {
        return data;
    }

    private void mouseDown(Event e) {
        if (e.button != 1) {
            return;
        }
        pressed = true;
        dragged = false;
        pressX = lastX = e.x;
        pressY = lastY = e.y;
    }

    private void mouseMove(Event e) {
        if (pressed) {
            if (Math.abs(e.x - pressX) > DRAG_THRESHOLD || Math.abs(e.y - pressY) > DRAG_THRESHOLD) {
                dragged = true;
            }
            if (dragged) {
                projection.pan(e.x - lastX, e.y - lastY);
                lastX = e.x;
                lastY = e.y;
                canvas.redraw();
            }
            return;
        }
        String tip = countryAt(e.x, e.y).map(this::tooltip).orElse(null);
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || !pressed) {
            return;
        }
        pressed = false;
        if (!dragged) {
            countryAt(e.x, e.y).ifPresent(this::pick);
        }
    }

    /** Picks the country for the other views, or drops the pick when it is the picked one. */
    public void pick(String code) {
        CountryFocus current = selection().current().country();
        boolean again = current != null && current.code().equals(code);
        selection().focusCountry(again ? null : new CountryFocus(code, side.direction()));
    }

    /** @return the code of the country drawn at the pixel */
    public Optional<String> countryAt(int x, int y) {
        int lon = (int) Math.round(projection.longitude(x) * 100);
        int lat = (int) Math.round(projection.latitude(y) * 100);
        return map.shapeAt(lon, lat).map(WorldMap.Shape::code).filter(c -> !c.equals("--"));
    }

    /** @return e.g. "Germany (DE)\nfrom: 1.2 GB · to: 300 MB\nClick to show only its traffic in the other views" */
    String tooltip(String code) {
        String name = geo.country(code).map(Object::toString).orElse(code);
        long[] bytes = data.countryBytes(code);
        String click = code.equals(picked) ? "Click to drop the pick" : "Click to show only its traffic in the other views";
        return name + "\nfrom: " + TrafficUnits.volume(bytes[0]) + " · to: " + TrafficUnits.volume(bytes[1]) + "\n" + click;
    }

    /** @return the projection the canvas draws with (tests point at countries through it) */
    public MapProjection projection() {
        return projection;
    }

    public Canvas canvas() {
        return canvas;
    }
}
