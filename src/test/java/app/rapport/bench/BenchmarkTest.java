package app.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "export_csv_ms", "h2_csvwrite_ms", "export_csv_ratio", "export_xlsx_ms", "export_xlsx_rows_per_s",
            "export_vcf_ms", "search_p50_ms", "search_p95_ms", "search_max_ms");
    private static final List<String> ONCE = List.of("export_pdf_1000_ms", "startup_ms", "startup_bare_ms",
            "startup_ratio", "startup_empty_ms", "startup_jars_ms", "startup_appcds_ms", "heap_mb", "rss_mb",
            "workspace_bytes_per_contact");

    @TempDir
    Path out;

    @Test
    void everyFigureIsPrintedPositiveAndTheRatiosComeFromTheirParts() throws Exception {
        StringWriter printed = new StringWriter();
        List<Benchmark.Figure> figures = new Benchmark(500, 200, 1, out, new PrintWriter(printed, true)).run();

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
            assertThat(values.get("export_csv_ratio" + suffix)).isCloseTo(
                    values.get("export_csv_ms" + suffix) / values.get("h2_csvwrite_ms" + suffix),
                    Percentage.withPercentage(0.01));
        }
        assertThat(values.get("startup_ratio")).isCloseTo(values.get("startup_ms") / values.get("startup_bare_ms"),
                Percentage.withPercentage(0.01));
        assertThat(values.get("search_keystrokes")).isGreaterThanOrEqualTo(200);

        // The same lines on the console and in results.txt, in the BENCH name value unit form.
        List<String> file = Files.readAllLines(out.resolve("results.txt"), StandardCharsets.UTF_8);
        assertThat(file).allMatch(line -> line.matches("BENCH [a-z0-9_]+ [0-9.]+ \\S+"));
        assertThat(printed.toString().lines().filter(l -> l.startsWith("BENCH ")).toList()).isEqualTo(file);
        assertThat(file).hasSize(figures.size());
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
