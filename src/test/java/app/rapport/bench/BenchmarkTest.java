package app.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole benchmark at a small size, so its generator and harness cannot rot between benchmark runs. */
class BenchmarkTest {

    private static final List<String> SIZED = List.of("import_csv_ms", "h2_csvread_ms", "import_ratio",
            "h2_same_schema_ms", "import_ratio_schema", "export_csv_ms", "h2_csvwrite_ms", "export_csv_ratio",
            "export_xlsx_ms", "export_xlsx_rows_per_s", "export_vcf_ms", "search_first_ms", "search_p50_ms",
            "search_p95_ms", "search_max_ms");
    private static final List<String> ONCE = List.of("export_pdf_1000_ms", "startup_ms", "startup_bare_ms",
            "startup_ratio", "startup_window_ms", "startup_window_ratio", "classes_window", "classes_bare",
            "startup_empty_ms", "startup_empty_ratio", "startup_jars_ms", "startup_appcds_ms", "heap_mb", "rss_mb",
            "rss_search_mb", "workspace_bytes_per_contact");

    /** What each stored row says, less its ids and timestamps, found by the contact's email. */
    private static final List<String> SAME_ROWS = List.of(
            "SELECT display_name, real_name, email, email_key, phone, city, country, languages, audience_notes, "
                    + "fit_rating, red_flags, outreach_status, follow_up_on, deleted_at, row_version FROM contact",
            "SELECT c.email, a.sort_order, a.platform, a.handle, a.handle_key, a.profile_url, a.followers, "
                    + "a.engagement_rate FROM social_account a JOIN contact c ON c.id = a.contact_id",
            "SELECT c.email, ct.sort_order, t.name, t.name_key FROM contact_tag ct JOIN contact c ON "
                    + "c.id = ct.contact_id JOIN tag t ON t.id = ct.tag_id",
            "SELECT c.email, s.from_status, s.to_status, s.changed_at = c.status_since FROM status_change s "
                    + "JOIN contact c ON c.id = s.contact_id",
            "SELECT COUNT(*) FROM fit_note");

    @TempDir
    Path out;

    @Test
    void everyFigureIsPrintedPositiveAndTheRatiosComeFromTheirParts() throws Exception {
        StringWriter printed = new StringWriter();
        List<Benchmark.Figure> figures = new Benchmark(500, 200, 1, out, new PrintWriter(printed, true)).quick()
                .run();

        Map<String, Double> values = figures.stream().collect(Collectors.toMap(Benchmark.Figure::name,
                Benchmark.Figure::value));
        for (String name : SIZED) {
            assertThat(values).containsKeys(name, name + "_10k");
        }
        assertThat(values).containsKeys(ONCE.toArray(String[]::new));
        assertThat(values.values()).allSatisfy(v -> assertThat(v).isPositive().isFinite());
        for (String suffix : List.of("", "_10k")) {
            assertThat(values.get("import_ratio" + suffix)).isCloseTo(
                    values.get("import_csv_ms" + suffix) / values.get("h2_csvread_ms" + suffix),
                    Percentage.withPercentage(0.01));
            assertThat(values.get("import_ratio_schema" + suffix)).isCloseTo(
                    values.get("import_csv_ms" + suffix) / values.get("h2_same_schema_ms" + suffix),
                    Percentage.withPercentage(0.01));
            // LibreOffice is measured only where it is installed; elsewhere the log says why its figures are missing.
            if (LibreOffice.onPath().isPresent()) {
                assertThat(values.get("export_xlsx_ratio_lo" + suffix)).isCloseTo(
                        values.get("export_xlsx_ms" + suffix) / values.get("export_xlsx_lo_ms" + suffix),
                        Percentage.withPercentage(0.01));
            } else {
                assertThat(values).doesNotContainKeys("export_xlsx_lo_ms" + suffix, "export_xlsx_ratio_lo" + suffix);
                assertThat(printed.toString()).contains("# soffice is not on the PATH");
            }
            assertThat(values.get("export_csv_ratio" + suffix)).isCloseTo(
                    values.get("export_csv_ms" + suffix) / values.get("h2_csvwrite_ms" + suffix),
                    Percentage.withPercentage(0.01));
        }
        assertThat(values.get("startup_ratio")).isCloseTo(values.get("startup_ms") / values.get("startup_bare_ms"),
                Percentage.withPercentage(0.01));
        assertThat(values.get("startup_window_ratio")).isCloseTo(
                values.get("startup_window_ms") / values.get("startup_bare_ms"), Percentage.withPercentage(0.01));
        assertThat(values.get("startup_empty_ratio")).isCloseTo(
                values.get("startup_empty_ms") / values.get("startup_bare_ms"), Percentage.withPercentage(0.01));
        // The window comes first, the rows after it; the app loads more classes than a bare window.
        assertThat(values.get("startup_window_ms")).isLessThanOrEqualTo(values.get("startup_ms"));
        assertThat(values.get("classes_window")).isGreaterThan(values.get("classes_bare"));
        assertThat(values.get("search_keystrokes")).isGreaterThanOrEqualTo(200);

        // The same lines on the console and in results.txt, in the BENCH name value unit form.
        List<String> file = Files.readAllLines(out.resolve("results.txt"), StandardCharsets.UTF_8);
        assertThat(file).allMatch(line -> line.matches("BENCH [a-z0-9_]+ [0-9.]+ \\S+"));
        assertThat(printed.toString().lines().filter(l -> l.startsWith("BENCH ")).toList()).isEqualTo(file);
        assertThat(file).hasSize(figures.size());
    }

    @Test
    void theSameSchemaFloorStoresTheRowsRapportsImportStores() throws Exception {
        Path csv = out.resolve("contacts.csv");
        SyntheticContacts.writeCsv(csv, 500, 11);
        Path imported = out.resolve("imported");
        Benchmark.importCsv(csv, imported);
        Path loaded = out.resolve("loaded");
        Session.open(loaded, Clock.systemDefaultZone()).close();

        SameSchemaLoad.load(csv, loaded);

        for (String table : List.of("contact", "social_account", "contact_tag", "tag", "status_change")) {
            assertThat(rows(loaded, "SELECT COUNT(*) FROM " + table)).as(table)
                    .isEqualTo(rows(imported, "SELECT COUNT(*) FROM " + table)).isNotEqualTo(List.of("0"));
        }
        // Not only as many rows: the same values, each account and tag on its contact in the same place.
        for (String query : SAME_ROWS) {
            assertThat(rows(loaded, query)).as(query).isEqualTo(rows(imported, query));
        }
    }

    /** Each query's rows as text, sorted, from the closed workspace in the folder. */
    private static List<String> rows(Path workspace, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport")
                + ";TRACE_LEVEL_FILE=0", "rapport", ""); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join(" | ", row));
            }
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void theGeneratorIsDeterministic() throws Exception {
        SyntheticContacts.writeCsv(out.resolve("a.csv"), 300, 7);
        SyntheticContacts.writeCsv(out.resolve("b.csv"), 300, 7);

        assertThat(Files.readAllBytes(out.resolve("a.csv"))).isEqualTo(Files.readAllBytes(out.resolve("b.csv")));
        List<String> lines = Files.readAllLines(out.resolve("a.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(301);
        // Several scripts, as real lists have.
        String all = String.join("\n", lines);
        assertThat(all).containsPattern("\\p{IsCyrillic}").containsPattern("\\p{IsHangul}")
                .containsPattern("\\p{IsArabic}").containsPattern("[äöüáéí]");
        Function<String, Long> accounts = line -> Arrays.stream(line.split(",", -1)).skip(7)
                .filter(cell -> cell.startsWith("@")).count();
        assertThat(lines.stream().skip(1).map(accounts).distinct()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }
}
