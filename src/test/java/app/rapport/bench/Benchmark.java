package app.rapport.bench;

import app.rapport.cli.RapportCommand;
import app.rapport.domain.Influencer;
import app.rapport.domain.search.ContactQuery;
import app.rapport.domain.search.ContactSearch;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.service.ExportService;
import app.rapport.service.Session;
import app.rapport.ui.contacts.MatchedList;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * Rapport's benchmark: {@code mvn -B -Pbench verify [-Dbench.contacts=N]}. Prints one {@code BENCH name value
 * unit} line per figure and writes them to {@code results.txt} in the output folder. Every figure that can be
 * is the median of several runs after a warm-up; the app's figures sit beside H2's own floor from the same run.
 */
public final class Benchmark {

    /** One measured figure. */
    public record Figure(String name, double value, String unit) {
        @Override
        public String toString() {
            return "BENCH " + name + " " + (value == Math.rint(value) && Math.abs(value) < 1e12
                    ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)) + " " + unit;
        }
    }

    private static final long SEED = 20261127L;
    /** Queries typed character by character, some with corrections, like a user looking for someone. */
    static final List<String> TYPED = List.of("maría garcía", "tag:vegan", "followers:>10k city:valencia",
            "müller", "platform:tiktok honest reviews", "김지민", "coffee.honest", "-tag:gaming coffee", "Иванова",
            "country:jp followers:5k..50k", "weekly recipes", "status:new tag:baking");
    /**
     * Other words, some matching nothing and some matching many contacts (a niche word in thousands of handles
     * and notes), so the JIT has compiled both the quick rejection and the scan before anything is timed.
     */
    private static final List<String> WARM_UP = List.of("zebra crossing", "tag:nothing", "followers:>900k",
            "quixotic", "city:nowhere", "xylophone jazz", "platform:youtube zz", "country:zz", "status:partner",
            "yoga books", "diy pets", "outdoor audience", "lovely beauty", "asked about rates");

    private final int contacts;
    private final int small;
    private final int runs;
    /**
     * How long the start-up probe leaves the app idle before reading its resident size: longer than the periodic
     * collection's interval in jvm.options, so what the app gives back when idle is given back.
     */
    private static final long IDLE_MS = 35_000;
    private boolean quick;
    private final Path out;
    private final List<Figure> figures = new ArrayList<>();
    private final PrintWriter log;

    Benchmark(int contacts, int small, int runs, Path out, PrintWriter log) {
        this.contacts = contacts;
        this.small = small;
        this.runs = runs;
        this.out = out;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0].strip()) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        int small = Integer.getInteger("bench.small", 10_000);
        int runs = Integer.getInteger("bench.runs", 3);
        PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new Benchmark(contacts, Math.min(small, contacts), runs, out, log).run();
    }

    /**
     * The probe's memory readings without their idle waits and with one search typed instead of the whole session:
     * the test of the harness has no figure to keep.
     */
    Benchmark quick() {
        this.quick = true;
        return this;
    }

    /** Runs every measurement and returns the figures, also written to {@code results.txt}. */
    List<Figure> run() throws Exception {
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out, "work");
        try {
            log.printf("# Rapport benchmark: %,d contacts (and %,d), %d runs each, %d cores, Java %s, %s%n",
                    contacts, small, runs, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), System.getProperty("os.name"));
            Path workspace;
            if (contacts == small) {
                // One size only: its figures stand for both.
                workspace = measureSize(work, contacts, "");
                for (Figure f : List.copyOf(figures)) {
                    if (!f.name().equals("export_pdf_1000_ms") && !f.name().equals("workspace_bytes_per_contact")) {
                        add(f.name() + "_10k", f.value(), f.unit());
                    }
                }
            } else {
                measureSize(work, small, "_10k");
                workspace = measureSize(work, contacts, "");
            }
            measureStartup(workspace, work);
            List<String> lines = figures.stream().map(Figure::toString).toList();
            Files.write(out.resolve("results.txt"), lines, StandardCharsets.UTF_8);
            return List.copyOf(figures);
        } finally {
            deleteTree(work);
        }
    }

    private Path measureSize(Path work, int size, String suffix) throws Exception {
        log.printf("# %,d contacts%n", size);
        Path csv = work.resolve("contacts-" + size + ".csv");
        SyntheticContacts.writeCsv(csv, size, SEED);

        // A warm-up of each path first, so the JIT has seen the code before anything is timed.
        Path warm = work.resolve("warm-" + size);
        importCsv(csv, warm);
        h2CsvRead(csv, work.resolve("warm-h2-" + size));
        List<Path> imported = new ArrayList<>();
        double importMs = median(() -> {
            Path ws = work.resolve("import-" + size + "-" + imported.size());
            imported.add(ws);
            return timeMs(() -> importCsv(csv, ws));
        });
        int[] h2Runs = {0};
        double h2ReadMs = median(() -> timeMs(() -> h2CsvRead(csv, work.resolve("h2-" + size + "-" + h2Runs[0]++))));
        add("import_csv_ms" + suffix, importMs, "ms");
        add("h2_csvread_ms" + suffix, h2ReadMs, "ms");
        add("import_ratio" + suffix, importMs / h2ReadMs, "x");
        double sameSchemaMs = measureSameSchemaLoad(work, csv, size);
        add("h2_same_schema_ms" + suffix, sameSchemaMs, "ms");
        add("import_ratio_schema" + suffix, importMs / sameSchemaMs, "x");

        Path workspace = imported.get(0);
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            int deals = SyntheticContacts.addDeals(session, SEED);
            log.printf("# added %,d deals%n", deals);
            measureExports(session, work, size, suffix);
            measureSearch(session, suffix);
        }
        double csvWriteMs = median(() -> timeMs(() -> h2CsvWrite(workspace, work.resolve("h2-export.csv"))));
        add("h2_csvwrite_ms" + suffix, csvWriteMs, "ms");
        add("export_csv_ratio" + suffix, figure("export_csv_ms" + suffix) / csvWriteMs, "x");
        if (suffix.isEmpty()) {
            add("workspace_bytes_per_contact", (double) Files.size(workspace.resolve("rapport.mv.db")) / size,
                    "bytes");
        }
        return workspace;
    }

    /**
     * H2 loading the file into a copy of an empty workspace Rapport created, with SQL alone; only the load is
     * timed, not making or copying the workspace.
     */
    private double measureSameSchemaLoad(Path work, Path csv, int size) throws Exception {
        Path empty = work.resolve("schema-" + size);
        Session.open(empty, Clock.systemDefaultZone()).close();
        Path warm = copyTree(empty, work.resolve("warm-schema-" + size));
        SameSchemaLoad.load(csv, warm);
        int[] loads = {0};
        return median(() -> {
            Path workspace = copyTree(empty, work.resolve("schema-" + size + "-" + loads[0]++));
            return timeMs(() -> {
                SameSchemaLoad.load(csv, workspace);
                return null;
            });
        });
    }

    private void measureExports(Session session, Path work, int size, String suffix) throws Exception {
        ExportService exports = session.exports();
        add("export_csv_ms" + suffix, median(() -> timeMs(() -> exports.export(session.contacts().listContacts(),
                new ExportService.Request(ExportService.Format.CSV, List.of(), false, true),
                work.resolve("export.csv"), ExportProgress.NONE))), "ms");
        double xlsxMs = median(() -> timeMs(() -> exports.export(session.contacts().listContacts(),
                new ExportService.Request(ExportService.Format.XLSX, List.of(), false, true),
                work.resolve("export.xlsx"), ExportProgress.NONE)));
        add("export_xlsx_ms" + suffix, xlsxMs, "ms");
        add("export_xlsx_rows_per_s" + suffix, size / (xlsxMs / 1000), "rows/s");
        measureLibreOffice(work, xlsxMs, suffix);
        add("export_vcf_ms" + suffix, median(() -> timeMs(() -> exports.export(session.contacts().listContacts(),
                new ExportService.Request(ExportService.Format.VCF, List.of(), false, true),
                work.resolve("export.vcf"), ExportProgress.NONE))), "ms");
        if (suffix.isEmpty()) {
            // The sheet of 1,000 contacts as the app prints it from the table: the contacts are in memory.
            List<Influencer> first = List.copyOf(session.contacts().listContacts().subList(0, Math.min(1000, size)));
            add("export_pdf_1000_ms", median(() -> timeMs(() -> exports.export(first,
                    new ExportService.Request(ExportService.Format.PDF, List.of(), false, true),
                    work.resolve("export.pdf"), ExportProgress.NONE))), "ms");
        }
    }

    /**
     * LibreOffice turning the CSV Rapport just exported into a workbook: what a user without Rapport's XLSX export
     * would do. Only where {@code soffice} is installed; a notice in the log otherwise.
     */
    private void measureLibreOffice(Path work, double xlsxMs, String suffix) throws Exception {
        Optional<Path> soffice = LibreOffice.onPath();
        if (soffice.isEmpty()) {
            log.println("# soffice is not on the PATH: no export_xlsx_lo_ms" + suffix + " or export_xlsx_ratio_lo"
                    + suffix);
            return;
        }
        LibreOffice office = new LibreOffice(soffice.get(), work.resolve("libreoffice"));
        Path csv = work.resolve("export.csv");
        // The first start also makes LibreOffice's profile: a warm-up, as for every other figure.
        office.convertToXlsx(csv);
        double officeMs = median(() -> timeMs(() -> office.convertToXlsx(csv)));
        add("export_xlsx_lo_ms" + suffix, officeMs, "ms");
        add("export_xlsx_ratio_lo" + suffix, xlsxMs / officeMs, "x");
    }

    /**
     * Types the queries a character at a time (with a correction in each) into the same pipeline as the contacts
     * table: parse, compile, the list of matches over every contact and the sorted list the table shows.
     */
    private void measureSearch(Session session, String suffix) {
        ObservableList<Influencer> all = FXCollections.observableArrayList(session.contacts().listContacts());
        ContactSearch search = new ContactSearch(session.search().facts());
        // As the app does once the contacts are loaded: every contact's text folded ahead, off the FX thread.
        search.adopt(ContactSearch.prepare(all, search.facts()));
        MatchedList<Influencer> filtered = new MatchedList<>(all);
        // As the table opens: in the workspace's order until the user sorts a column.
        SortedList<Influencer> sorted = new SortedList<>(filtered);
        Keystroke keystroke = text -> {
            long start = System.nanoTime();
            ContactQuery query = ContactQuery.parse(text);
            ContactSearch.Compiled compiled = search.compile(query);
            filtered.setMatcher(query.isEmpty() ? null : list -> search.matches(list, compiled));
            if (sorted.size() < 0) {
                throw new IllegalStateException();
            }
            return (System.nanoTime() - start) / 1e6;
        };
        // The warm-up's first keystroke is the user's first on a freshly loaded search: nothing remembered yet
        // (the JIT has seen the path only if a smaller size ran before in this run).
        List<String> warmUp = keystrokes(WARM_UP);
        add("search_first_ms" + suffix, keystroke.timeMs(warmUp.get(0)), "ms");
        // The rest of the warm-up with other words, so the JIT has compiled the path but the search remembers
        // nothing typed.
        for (String text : warmUp.subList(1, warmUp.size())) {
            keystroke.timeMs(text);
        }
        List<Double> times = new ArrayList<>();
        for (String text : keystrokes(TYPED)) {
            times.add(keystroke.timeMs(text));
        }
        times.sort(null);
        add("search_p50_ms" + suffix, percentile(times, 50), "ms");
        add("search_p95_ms" + suffix, percentile(times, 95), "ms");
        add("search_max_ms" + suffix, times.get(times.size() - 1), "ms");
        add("search_keystrokes" + suffix, times.size(), "keystrokes");
    }

    /** One keystroke in the search box, timed until the table's list is ready. */
    private interface Keystroke {
        double timeMs(String text);
    }

    /** The box's text after each keystroke of the typing session. */
    static List<String> keystrokes(List<String> queries) {
        List<String> texts = new ArrayList<>();
        for (String query : queries) {
            int[] points = query.codePoints().toArray();
            for (int i = 1; i <= points.length; i++) {
                texts.add(new String(points, 0, i));
            }
            // A correction: three characters taken back and typed again.
            for (int i = points.length - 1; i >= Math.max(1, points.length - 3); i--) {
                texts.add(new String(points, 0, i));
            }
            for (int i = Math.max(2, points.length - 2); i <= points.length; i++) {
                texts.add(new String(points, 0, i));
            }
            texts.add("");
        }
        return texts;
    }

    private void measureStartup(Path workspace, Path work) throws Exception {
        log.println("# start-up");
        Path empty = work.resolve("empty");
        Session.open(empty, Clock.systemDefaultZone()).close();
        String classPath = System.getProperty("java.class.path");
        probe(workspace, false, 0, classPath);
        probe(workspace, true, contacts, classPath);
        // Class-data sharing needs jars: the same class path as jars, and an archive of the classes the app
        // loads, written by a warm-up run, show what AppCDS would bring the installed app.
        String jars = asJars(classPath, work.resolve("jars"));
        Path archive = work.resolve("rapport.jsa");
        probe(workspace, true, contacts, jars, "-XX:ArchiveClassesAtExit=" + archive);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The JVM wrote no class-data archive to " + archive);
        }
        List<Double> appJars = new ArrayList<>();
        List<Double> appCds = new ArrayList<>();
        List<Probe> bare = new ArrayList<>();
        List<Probe> app = new ArrayList<>();
        List<Double> appEmpty = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            bare.add(probe(workspace, false, 0, classPath));
            appEmpty.add(probe(empty, true, 0, classPath).frameMs());
            app.add(probe(workspace, true, contacts, classPath));
            appJars.add(probe(workspace, true, contacts, jars).frameMs());
            appCds.add(probe(workspace, true, contacts, jars, "-XX:SharedArchiveFile=" + archive).frameMs());
        }
        double appMs = median(app, Probe::frameMs);
        double bareMs = median(bare, Probe::frameMs);
        add("startup_ms", appMs, "ms");
        add("startup_bare_ms", bareMs, "ms");
        add("startup_ratio", appMs / bareMs, "x");
        // The window's first frame (sidebar and a busy mark), before the workspace is open.
        double windowMs = median(app, Probe::windowMs);
        add("startup_window_ms", windowMs, "ms");
        add("startup_window_ratio", windowMs / bareMs, "x");
        add("classes_window", median(app, Probe::classes), "classes");
        add("classes_bare", median(bare, Probe::classes), "classes");
        // The same window on an empty workspace, up to its empty state: what the window costs whatever it holds.
        double emptyMs = median(appEmpty);
        add("startup_empty_ms", emptyMs, "ms");
        add("startup_empty_ratio", emptyMs / bareMs, "x");
        // With and without an archive of the app's own classes, both from jars as an installed app runs.
        add("startup_jars_ms", median(appJars), "ms");
        add("startup_appcds_ms", median(appCds), "ms");
        add("heap_mb", median(app, Probe::heapMb), "MB");
        add("rss_mb", median(app, Probe::rssMb), "MB");
        add("rss_search_mb", median(app, Probe::rssSearchedMb), "MB");
    }

    /** What one start-up probe saw: its first frame, the contacts' first frame, memory and classes. */
    private record Probe(double windowMs, double frameMs, double classes, double heapMb, double rssMb,
            double rssSearchedMb) {
    }

    private static double median(List<Probe> probes, ToDoubleFunction<Probe> figure) {
        List<Double> values = probes.stream().map(figure::applyAsDouble).collect(Collectors.toCollection(ArrayList::new));
        return median(values);
    }

    /** The class path with each folder of classes packed into a jar in {@code folder}, in the same order. */
    private static String asJars(String classPath, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = folder.resolve("classes-" + entries.size() + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(path.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Starts a fresh JVM with the options the installed app and {@code mvn javafx:run} use, and returns what it
     * saw.
     */
    private Probe probe(Path workspace, boolean app, int count, String classPath, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(DesktopOptions.read());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1440x900-32",
                "-Djava.awt.headless=true", "-Dbench.idle=" + (app && count > 0 && !quick ? IDLE_MS : 0),
                "-Dbench.quick=" + quick, "-cp", classPath,
                StartupProbe.class.getName(), app ? "app" : "bare"));
        if (app) {
            command.add(workspace.toString());
            command.add(Integer.toString(count));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double windowMs = -1;
        double frameMs = -1;
        double classes = -1;
        Map<String, String> ready = new HashMap<>();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.equals("WINDOW")) {
                    windowMs = (System.nanoTime() - start) / 1e6;
                } else if (line.equals("FRAME")) {
                    frameMs = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith("CLASSES ")) {
                    classes = Double.parseDouble(line.substring(8));
                } else if (line.startsWith("READY ")) {
                    ready.putAll(values(line.substring(6)));
                } else if (line.startsWith("SEARCHED ")) {
                    process.waitFor();
                    return new Probe(windowMs, frameMs, classes, Double.parseDouble(ready.get("heap")),
                            Double.parseDouble(ready.get("rss")),
                            Double.parseDouble(values(line.substring(9)).get("rss")));
                } else {
                    seen.append(line).append('\n');
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException("The start-up probe ended before its last line:\n" + seen);
    }

    /** {@code name=value} pairs separated by spaces. */
    private static Map<String, String> values(String line) {
        Map<String, String> values = new HashMap<>();
        for (String part : line.split(" ")) {
            values.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        }
        return values;
    }

    static int importCsv(Path csv, Path workspace) {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString(), "import", csv.toString()));
        SyntheticContacts.MAPPING.forEach(m -> {
            args.add("--map");
            args.add(m);
        });
        StringWriter text = new StringWriter();
        int exit = RapportCommand.run(args.toArray(String[]::new), (folder, team, password) -> { }, Map.of(), new PrintWriter(text),
                new PrintWriter(text));
        if (exit != 0) {
            throw new IllegalStateException("The import failed (" + exit + "): " + text);
        }
        return exit;
    }

    private static int h2CsvRead(Path csv, Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"); Statement statement = connection.createStatement()) {
            return statement.executeUpdate("CREATE TABLE imported AS SELECT * FROM CSVREAD('" + csv
                    + "', NULL, 'charset=UTF-8')");
        }
    }

    /** H2 writing the same contacts, accounts and tags straight from SQL: the floor for the CSV export. */
    private static int h2CsvWrite(Path workspace, Path target) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport")
                + ";TRACE_LEVEL_FILE=0", "rapport", ""); Statement statement = connection.createStatement()) {
            statement.execute("CALL CSVWRITE('" + target + "', 'SELECT c.display_name, c.real_name, c.email, "
                    + "c.phone, c.city, c.country, c.languages, c.audience_notes, c.fit_rating, c.red_flags, "
                    + "(SELECT LISTAGG(a.platform || '' '' || a.handle || '' '' || COALESCE(CAST(a.followers AS "
                    + "VARCHAR), ''''), ''; '') WITHIN GROUP (ORDER BY a.sort_order) FROM social_account a "
                    + "WHERE a.contact_id = c.id) AS accounts, (SELECT LISTAGG(t.name, ''; '') WITHIN GROUP "
                    + "(ORDER BY ct.sort_order) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE "
                    + "ct.contact_id = c.id) AS tags, c.created_at, c.updated_at FROM contact c "
                    + "ORDER BY c.display_name', 'charset=UTF-8')");
            return 0;
        }
    }

    private double median(Callable<Double> measurement) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            values.add(measurement.call());
        }
        return median(values);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double timeMs(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private void add(String name, double value, String unit) {
        Figure figure = new Figure(name, value, unit);
        figures.add(figure);
        log.println(figure);
    }

    private double figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
