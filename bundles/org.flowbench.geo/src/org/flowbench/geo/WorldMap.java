package org.flowbench.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.flowbench.geo.internal.Varints;

/**
 * The world basemap: Natural Earth's 1:50m country shapes (public domain), shipped in this bundle
 * as a compact resource made by {@code releng/geo/world-atlas.mjs}. Coordinates are degrees
 * (longitude east, latitude north) in steps of 1/100 degree.
 */
public final class WorldMap {

    private static final String RESOURCE = "/data/world-50m.bin.gz";

    private static volatile WorldMap builtIn;

    private final String source;
    private final List<Shape> shapes;
    private final List<Place> placesWithoutShape;
    private final Map<String, Shape> byCode;

    /**
     * The outline of a country, or of land that has no ISO code (code "--").
     *
     * @param code   ISO 3166-1 alpha-2, or "--"
     * @param name   the Natural Earth name
     * @param label  where the country's name and arcs go
     * @param rings  the rings of all its polygons, outer and holes alike (fill them even-odd), each as
     *               longitude, latitude pairs in 1/100 degree
     * @param bounds the box around all rings: min longitude, min latitude, max longitude, max latitude
     */
    public record Shape(String code, String name, Place label, List<int[]> rings, int[] bounds) {

        /** @return whether the point (1/100 degree) lies inside, by the even-odd rule over all rings */
        public boolean contains(int lon, int lat) {
            if (lon < bounds[0] || lon > bounds[2] || lat < bounds[1] || lat > bounds[3]) {
                return false;
            }
            boolean inside = false;
            for (int[] r : rings) {
                for (int i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                    if ((r[i + 1] > lat) != (r[j + 1] > lat)
                            && lon < (long) (r[j] - r[i]) * (lat - r[i + 1]) / (double) (r[j + 1] - r[i + 1]) + r[i]) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    /**
     * A named point.
     *
     * @param code ISO 3166-1 alpha-2
     * @param name a name
     * @param lon  longitude in 1/100 degree
     * @param lat  latitude in 1/100 degree
     */
    public record Place(String code, String name, int lon, int lat) {
    }

    private WorldMap(String source, List<Shape> shapes, List<Place> placesWithoutShape) {
        this.source = source;
        this.shapes = List.copyOf(shapes);
        this.placesWithoutShape = List.copyOf(placesWithoutShape);
        this.byCode = shapes.stream().filter(s -> !s.code().equals("--"))
                .collect(Collectors.toUnmodifiableMap(Shape::code, Function.identity(), (a, b) -> a));
    }

    /** @return the map shipped in this bundle, read once */
    public static WorldMap builtIn() {
        WorldMap m = builtIn;
        if (m == null) {
            synchronized (WorldMap.class) {
                m = builtIn;
                if (m == null) {
                    try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the world map " + RESOURCE + " is missing from the bundle");
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("the world map " + RESOURCE + " cannot be read", e);
                    }
                    builtIn = m;
                }
            }
        }
        return m;
    }

    /** Reads the format {@code releng/geo/world-atlas.mjs} writes (gzip). */
    public static WorldMap read(InputStream gzip) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzip, 1 << 16), 1 << 16));
        byte[] magic = in.readNBytes(6);
        if (!"FBMAP1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a Flowbench world map (FBMAP1)");
        }
        String source = in.readUTF();
        int count = in.readUnsignedShort();
        List<Shape> shapes = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            String code = code(in);
            String name = in.readUTF();
            Place label = new Place(code, name, Varints.readZigzagInt(in), Varints.readZigzagInt(in));
            int polygons = in.readUnsignedShort();
            List<int[]> rings = new ArrayList<>();
            int[] bounds = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
            for (int p = 0; p < polygons; p++) {
                int ringCount = in.readUnsignedShort();
                for (int r = 0; r < ringCount; r++) {
                    int points = in.readInt();
                    int[] ring = new int[2 * points];
                    int x = 0;
                    int y = 0;
                    for (int k = 0; k < points; k++) {
                        x += Varints.readZigzagInt(in);
                        y += Varints.readZigzagInt(in);
                        ring[2 * k] = x;
                        ring[2 * k + 1] = y;
                        bounds[0] = Math.min(bounds[0], x);
                        bounds[1] = Math.min(bounds[1], y);
                        bounds[2] = Math.max(bounds[2], x);
                        bounds[3] = Math.max(bounds[3], y);
                    }
                    rings.add(ring);
                }
            }
            shapes.add(new Shape(code, name, label, List.copyOf(rings), bounds));
        }
        int places = in.readUnsignedShort();
        List<Place> extra = new ArrayList<>(places);
        for (int i = 0; i < places; i++) {
            String code = code(in);
            String name = in.readUTF();
            extra.add(new Place(code, name, Varints.readZigzagInt(in), Varints.readZigzagInt(in)));
        }
        return new WorldMap(source, shapes, extra);
    }

    private static String code(DataInputStream in) throws IOException {
        return new String(in.readNBytes(2), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** @return where the data comes from, with versions and licenses */
    public String source() {
        return source;
    }

    /** @return every shape, countries and land without a code */
    public List<Shape> shapes() {
        return shapes;
    }

    public Optional<Shape> shape(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return territories the GeoIP data names that have no shape of their own at this scale */
    public List<Place> placesWithoutShape() {
        return placesWithoutShape;
    }

    /** @return the country's label point: of its shape, else of its place without a shape */
    public Optional<Place> labelPoint(String code) {
        Shape s = byCode.get(code);
        if (s != null) {
            return Optional.of(s.label());
        }
        return placesWithoutShape.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** @return the shape of a country that contains the point (1/100 degree), if any */
    public Optional<Shape> shapeAt(int lon, int lat) {
        for (Shape s : shapes) {
            if (s.contains(lon, lat)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
