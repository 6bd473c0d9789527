package org.flowbench.geo.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowbench.geo.Country;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.GeoLocation;
import org.flowbench.geo.WorldMap;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.CountryLookup;
import org.flowbench.model.IpAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The GeoIP service. Immediate, so that the filter primitive {@code country CC} works as soon as
 * the bundle runs: activation only installs the country lookup; the data is read on first use.
 */
@Component(service = GeoIp.class, immediate = true)
public final class GeoIpService implements GeoIp {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Country ids of each dictionary's addresses; weak, so that a closed dataset's go with it. */
    private final Map<AddressDictionary, DictionaryIds> known = new WeakHashMap<>();
    private final CountryLookup lookup = new CountryLookup() {
        @Override
        public boolean knows(String code) {
            return country(code).isPresent();
        }

        @Override
        public BitSet addressesIn(String code, AddressDictionary addresses) {
            BitSet in = new BitSet();
            Optional<Country> c = country(code);
            if (c.isPresent()) {
                int[] ids = countryIds(addresses);
                int wanted = c.get().id();
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == wanted) {
                        in.set(i);
                    }
                }
            }
            return in;
        }
    };
    private volatile GeoData data;
    private List<Path> cityFiles = List.of();

    /** Ids computed so far for one dictionary, with the data they came from. */
    private record DictionaryIds(GeoData data, int[] ids) {
    }

    @Activate
    void activate() throws IOException {
        String configured = System.getProperty(CITY_DATABASES_PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (String f : configured.split(File.pathSeparator)) {
                if (!f.isBlank()) {
                    files.add(Path.of(f.trim()));
                }
            }
            useCityDatabases(files);
        }
        CountryLookup.install(lookup);
    }

    @Deactivate
    void deactivate() {
        CountryLookup.uninstall(lookup);
        GeoData d = data;
        if (d != null) {
            closeAll(d.cities());
        }
    }

    /** @return the data, read on first use */
    private GeoData data() {
        GeoData d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = new GeoData(GeoData.builtInTable(), WorldMap.builtIn(), List.of());
                    data = d;
                }
            }
        }
        return d;
    }

    @Override
    public List<Country> countries() {
        return data().countries();
    }

    @Override
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(data().country(code));
    }

    @Override
    public int countryId(long high, long low) {
        GeoData d = data();
        if (IpAddress.isV4(high, low) && d.cities().isEmpty()) {
            return d.builtInCountryIdV4((int) low);
        }
        return d.countryId(high, low);
    }

    @Override
    public int[] countryIds(AddressDictionary addresses) {
        GeoData d = data();
        DictionaryIds done;
        synchronized (known) {
            done = known.get(addresses);
        }
        int size = addresses.size();
        int from = done != null && done.data() == d ? Math.min(done.ids().length, size) : 0;
        if (from == size && done != null && done.data() == d) {
            return done.ids().length == size ? done.ids() : java.util.Arrays.copyOf(done.ids(), size);
        }
        int[] ids = from > 0 ? java.util.Arrays.copyOf(done.ids(), size) : new int[size];
        for (int id = from; id < size; id++) {
            ids[id] = countryIdWith(d, addresses.high(id), addresses.low(id));
        }
        synchronized (known) {
            known.put(addresses, new DictionaryIds(d, ids));
        }
        return ids;
    }

    private static int countryIdWith(GeoData d, long high, long low) {
        return IpAddress.isV4(high, low) && d.cities().isEmpty() ? d.builtInCountryIdV4((int) low) : d.countryId(high, low);
    }

    @Override
    public GeoLocation locate(IpAddress address) {
        return data().locate(address);
    }

    @Override
    public String dataDescription() {
        return data().description();
    }

    @Override
    public synchronized void useCityDatabases(List<Path> files) throws IOException {
        List<Path> wanted = List.copyOf(files);
        if (wanted.equals(cityFiles) && (data != null || wanted.isEmpty())) {
            return; // nothing changes; the data is read on first use, not here (the map view calls this on the UI thread)
        }
        List<CityDatabase> opened = new ArrayList<>();
        try {
            for (Path f : wanted) {
                opened.add(CityDatabase.open(f));
            }
        } catch (IOException e) {
            closeAll(opened);
            throw e;
        }
        GeoData before = data;
        data = new GeoData(GeoData.builtInTable(), WorldMap.builtIn(), opened);
        cityFiles = wanted;
        if (before != null) {
            closeAll(before.cities());
        }
        listeners.forEach(Runnable::run);
    }

    @Override
    public synchronized List<Path> cityDatabases() {
        return cityFiles;
    }

    private static void closeAll(List<CityDatabase> dbs) {
        for (CityDatabase db : dbs) {
            try {
                db.close();
            } catch (IOException e) {
                // closing a read-only mapping: nothing to save
            }
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
