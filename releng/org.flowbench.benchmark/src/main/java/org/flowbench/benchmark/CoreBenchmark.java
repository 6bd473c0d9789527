package org.flowbench.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.internal.AnalysisExtensions;
import org.flowbench.analysis.internal.AnalysisRegistryImpl;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;

/**
 * Flowbench's engine and DuckDB side by side, in one run, on the same generated rows: bytes over
 * time at 1-minute buckets over 24 h, top 10 talkers, top 10 destinations, top 10 conversations.
 * Each query runs twice to warm up and then five times; the median counts. Both sides must give
 * the same answers, or the benchmark says so and exits with status 1.
 * <p>
 * DuckDB gets the rows with the addresses as the store's integer ids (its best case: integer group
 * keys), and computes the same columns Flowbench does (bytes, packets and flows per key).
 */
public final class CoreBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;
    private static final long MINUTE = 60_000_000L;

    private final List<String[]> report = new ArrayList<>();
    private boolean allAgree = true;

    public static void main(String[] args) throws Exception {
        long flows = 10_000_000L;
        String scenario = "office-day";
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--flows")) {
                flows = Long.parseLong(args[i + 1].replace("_", ""));
            } else if (args[i].equals("--scenario")) {
                scenario = args[i + 1];
            }
        }
        System.exit(new CoreBenchmark().run(scenario, flows) ? 0 : 1);
    }

    boolean run(String scenario, long flows) throws Exception {
        System.out.printf(Locale.ROOT, "Flowbench core benchmark: %,d %s flows, Java %s, %d cores%n%n", flows, scenario,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        GeneratorSettings settings = GeneratorSettings.defaults().withScenario(scenario).withFlows(flows)
                .withAnomalies(java.util.EnumSet.allOf(AnomalyKind.class));

        // generation (JIT-cold on the first run; the second is what a user sees in a long session)
        FlowStore store = null;
        long[] genNanos = new long[2];
        for (int r = 0; r < 2; r++) {
            store = new FlowStore();
            long t = System.nanoTime();
            TrafficGenerator.generate(settings, store, Progress.NONE);
            genNanos[r] = System.nanoTime() - t;
        }
        FlowSnapshot snapshot = store.snapshot();
        long rows = snapshot.size();
        System.out.printf(Locale.ROOT, "generate  %,d flows: %.2f s (first run %.2f s), %.1f M flows/s   target < 5 s%n", rows,
                genNanos[1] / 1e9, genNanos[0] / 1e9, rows / (genNanos[1] / 1e3));
        System.out.printf(Locale.ROOT, "store     %.1f bytes per flow (%,d addresses)               target <= 40%n",
                (double) store.memoryBytes() / rows, snapshot.addresses().size());

        saveAndReload(snapshot);

        AnalysisRegistryImpl registry = registryFromClassPath();
        TimeRange day = TimeRange.of(settings.start(), settings.start().plus(Duration.ofHours(24)));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long load = System.nanoTime();
            loadIntoDuckDb((DuckDBConnection) duck, snapshot);
            System.out.printf(Locale.ROOT, "duckdb    loaded in %.1f s (in memory, %d threads)%n%n", (System.nanoTime() - load) / 1e9,
                    threads(duck));

            AnalysisQuery all = AnalysisQuery.of(snapshot);
            compare("bytes over time, 1 min, 24 h", rows,
                    () -> (TimeSeries) registry.compute("bytes-over-time", all.withTimeRange(day).withParameter("bucket", "1m"), Progress.NONE),
                    () -> duckSeries(duck, day), CoreBenchmark::sameSeries);
            compare("top 10 talkers", rows, () -> (Ranking) registry.compute("top-talkers", all, Progress.NONE),
                    () -> duckTop(duck, "src", snapshot), CoreBenchmark::sameRanking);
            compare("top 10 destinations", rows, () -> (Ranking) registry.compute("top-destinations", all, Progress.NONE),
                    () -> duckTop(duck, "dst", snapshot), CoreBenchmark::sameRanking);
            compare("top 10 conversations", rows, () -> (Table) registry.compute("conversations", all, Progress.NONE),
                    () -> duckConversations(duck, snapshot), CoreBenchmark::sameConversations);

            // one core each: the engine's raw speed, the target being 100 M rows/s for bytes by source
            System.setProperty("flowbench.analysis.threads", "1");
            try (Statement s = duck.createStatement()) {
                s.execute("SET threads = 1");
            }
            compare("top 10 talkers, 1 core", rows, () -> (Ranking) registry.compute("top-talkers", all, Progress.NONE),
                    () -> duckTop(duck, "src", snapshot), CoreBenchmark::sameRanking);
            System.clearProperty("flowbench.analysis.threads");
        }
        print();
        System.out.println(allAgree ? "\nAll answers agree." : "\nANSWERS DIFFER: see the rows marked NO.");
        return allAgree;
    }

    private void saveAndReload(FlowSnapshot snapshot) throws IOException {
        Path file = Files.createTempFile("flowbench-benchmark", FlowStoreFile.EXTENSION);
        try {
            long[] save = new long[3];
            long[] load = new long[3];
            FlowStore reloaded = null;
            for (int r = 0; r < 3; r++) {
                long t = System.nanoTime();
                FlowStoreFile.write(snapshot, file);
                save[r] = System.nanoTime() - t;
                t = System.nanoTime();
                reloaded = FlowStoreFile.read(file);
                load[r] = System.nanoTime() - t;
            }
            Arrays.sort(save);
            Arrays.sort(load);
            boolean same = reloaded.size() == snapshot.size() && reloaded.snapshot().totalBytes() == snapshot.totalBytes();
            System.out.printf(Locale.ROOT, "native    save %.2f s, reload %.2f s, %.0f MB, reloaded %s      target each < 2 s%n",
                    save[1] / 1e9, load[1] / 1e9, Files.size(file) / 1e6, same ? "identical" : "DIFFERENT");
            allAgree &= same;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The analyses of every plugin.xml on the class path, read as the OSGi registry reads them. */
    private static AnalysisRegistryImpl registryFromClassPath() throws IOException {
        AnalysisRegistryImpl registry = new AnalysisRegistryImpl();
        Enumeration<URL> files = CoreBenchmark.class.getClassLoader().getResources("plugin.xml");
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (AnalysisExtensions.Contribution c : AnalysisExtensions.read(in, "class path", Class::forName)) {
                    registry.add(c.descriptor(), c.analysis(), c);
                }
            }
        }
        return registry;
    }

    private static void loadIntoDuckDb(DuckDBConnection duck, FlowSnapshot flows) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE flows (ts BIGINT, src INTEGER, dst INTEGER, bytes BIGINT, packets BIGINT)");
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "flows")) {
            for (int k = 0; k < flows.segmentCount(); k++) {
                FlowSegment s = flows.segment(k);
                for (int i = 0, n = flows.rowsIn(k); i < n; i++) {
                    a.beginRow().append(s.start(i)).append(s.source(i)).append(s.destination(i)).append(s.bytes(i)).append(s.packets(i))
                            .endRow();
                }
            }
        }
    }

    private static int threads(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static long[] duckSeries(Connection duck, TimeRange day) throws SQLException {
        long[] values = new long[(int) (day.lengthMicros() / MINUTE)];
        try (PreparedStatement p = duck.prepareStatement(
                "SELECT (ts - ?) // 60000000 AS b, sum(bytes) FROM flows WHERE ts >= ? AND ts < ? GROUP BY b ORDER BY b")) {
            p.setLong(1, day.startMicros());
            p.setLong(2, day.startMicros());
            p.setLong(3, day.endMicros());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    values[r.getInt(1)] = r.getLong(2);
                }
            }
        }
        return values;
    }

    /** key, bytes, packets, flows of the top 10, ties by id as Flowbench breaks them. */
    private static List<String> duckTop(Connection duck, String column, FlowSnapshot flows) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT " + column
                + ", sum(bytes) AS b, sum(packets), count(*) FROM flows GROUP BY " + column + " ORDER BY b DESC, " + column + " LIMIT 10")) {
            while (r.next()) {
                out.add(flows.addresses().format(r.getInt(1)) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getLong(4));
            }
        }
        return out;
    }

    /** "lower-address higher-address total-bytes flows" of the top 10 pairs by bytes in both directions. */
    private static List<String> duckConversations(Connection duck, FlowSnapshot flows) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(
                "SELECT least(src, dst) AS a, greatest(src, dst) AS c, sum(bytes) AS b, count(*) FROM flows GROUP BY a, c ORDER BY b DESC LIMIT 10")) {
            while (r.next()) {
                out.add(pair(flows.addresses().format(r.getInt(1)), flows.addresses().format(r.getInt(2))) + " " + r.getLong(3) + " " + r.getLong(4));
            }
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private static boolean sameSeries(TimeSeries ours, long[] theirs) {
        return Arrays.equals(ours.values(), theirs);
    }

    private static boolean sameRanking(Ranking ours, List<String> theirs) {
        List<String> mine = ours.entries().stream().map(e -> e.key() + " " + e.values()[0] + " " + e.values()[1] + " " + e.values()[2]).toList();
        return mine.equals(theirs);
    }

    /** Pairs with equal byte totals may come in any order: compare as sets, and the totals in order. */
    private static boolean sameConversations(Table ours, List<String> theirs) {
        int bytes = ours.columnIndex("Bytes");
        int flows = ours.columnIndex("Flows");
        List<String> mine = ours.rows().stream()
                .map(r -> pair((String) r.get(0), (String) r.get(1)) + " " + r.get(bytes) + " " + r.get(flows)).toList();
        Set<String> a = new HashSet<>(mine);
        Set<String> b = new HashSet<>(theirs);
        List<String> totalsMine = mine.stream().map(x -> x.split(" ")[2]).toList();
        List<String> totalsTheirs = theirs.stream().map(x -> x.split(" ")[2]).toList();
        return totalsMine.equals(totalsTheirs) && (a.equals(b) || hasTieAtTheEnd(totalsMine));
    }

    private static boolean hasTieAtTheEnd(List<String> totals) {
        return totals.size() > 1 && totals.get(totals.size() - 1).equals(totals.get(totals.size() - 2));
    }

    @FunctionalInterface
    private interface Check<A, B> {
        boolean same(A ours, B theirs);
    }

    private <A, B> void compare(String name, long rows, Callable<A> flowbench, Callable<B> duckdb, Check<A, B> check) throws Exception {
        long ours = median(flowbench);
        long theirs = median(duckdb);
        boolean same = check.same(flowbench.call(), duckdb.call());
        allAgree &= same;
        report.add(new String[] { name, ms(ours), ms(theirs), String.format(Locale.ROOT, "%.2f", (double) ours / theirs),
                mrows(rows, ours), mrows(rows, theirs), same ? "yes" : "NO" });
    }

    private static <T> long median(Callable<T> work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.call();
        }
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.call();
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String mrows(long rows, long nanos) {
        return String.format(Locale.ROOT, "%.0f", rows / (nanos / 1e3));
    }

    private void print() {
        String[] header = { "query", "Flowbench ms", "DuckDB ms", "ratio F/D", "Flowbench M rows/s", "DuckDB M rows/s", "same answer" };
        int[] w = new int[header.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = header[c].length();
            for (String[] r : report) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        System.out.println(row(header, w));
        for (String[] r : report) {
            System.out.println(row(r, w));
        }
        System.out.println("targets: ratio <= 1.00 for each query; top talkers (bytes by source) on 1 core >= 100 M rows/s");
    }

    private static String row(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(w[c] - cells[c].length());
            sb.append(c == 0 ? cells[c] + pad : "  " + pad + cells[c]);
        }
        return sb.toString();
    }
}
