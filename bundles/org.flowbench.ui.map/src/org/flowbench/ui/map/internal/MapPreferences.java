package org.flowbench.ui.map.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.flowbench.geo.GeoIp;
import org.flowbench.ui.map.TrafficMap;
import org.osgi.service.prefs.BackingStoreException;

/** The map's preferences: the side it shades by and the city databases of the GeoIP service. */
public final class MapPreferences {

    static final String SIDE = "side";
    /** Up to two MaxMind city databases (DB-IP City Lite comes as an IPv4 and an IPv6 file). */
    static final String CITY_DATABASE = "cityDatabase";
    static final String CITY_DATABASE_2 = "cityDatabase2";

    private MapPreferences() {
    }

    static Side side() {
        String s = Platform.getPreferencesService().getString(TrafficMap.PLUGIN_ID, SIDE, Side.BOTH.name(), null);
        try {
            return Side.valueOf(s);
        } catch (IllegalArgumentException e) {
            return Side.BOTH;
        }
    }

    static void setSide(Side side) {
        InstanceScope.INSTANCE.getNode(TrafficMap.PLUGIN_ID).put(SIDE, side.name());
        flush();
    }

    /** @return the city databases set in the preferences; empty when none is */
    static List<Path> cityDatabases() {
        List<Path> files = new ArrayList<>();
        for (String key : List.of(CITY_DATABASE, CITY_DATABASE_2)) {
            String f = Platform.getPreferencesService().getString(TrafficMap.PLUGIN_ID, key, "", null).trim();
            if (!f.isEmpty()) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    /**
     * Hands the preferences' city databases to the service. When none is set there, the service
     * keeps what the command line gave it ({@value GeoIp#CITY_DATABASES_PROPERTY}).
     */
    static void applyCityDatabases(GeoIp geo) {
        List<Path> files = cityDatabases();
        if (files.isEmpty() && !System.getProperty(GeoIp.CITY_DATABASES_PROPERTY, "").isBlank()) {
            return;
        }
        try {
            geo.useCityDatabases(files);
        } catch (IOException e) {
            ILog.of(MapPreferences.class).log(Status.warning("City database not used: " + e.getMessage(), e));
        }
    }

    private static void flush() {
        try {
            InstanceScope.INSTANCE.getNode(TrafficMap.PLUGIN_ID).flush();
        } catch (BackingStoreException e) {
            // kept for this session anyway
        }
    }
}
