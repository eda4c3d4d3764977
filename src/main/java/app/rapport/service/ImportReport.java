package app.rapport.service;

import app.rapport.domain.Influencer;
import app.rapport.exchange.SafeFiles;
import app.rapport.exchange.Sheets;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did.
 *
 * @param created  the ids of the contacts it added
 * @param replaced the contacts it changed, as they were before, so the import can be undone
 */
public record ImportReport(int imported, int updated, int skipped, int errors, List<ImportPlan.Problem> problems,
        List<Long> created, List<Influencer> replaced) {

    public ImportReport {
        problems = List.copyOf(problems);
        created = List.copyOf(created);
        replaced = List.copyOf(replaced);
    }

    /**
     * "Imported 120, updated 3, skipped 2; 1 row with errors left out; 4 warnings (3 × Figures for YouTube but
     * no handle…)": what was done and what was not, so nothing goes missing unseen.
     */
    public String summary() {
        StringBuilder s = new StringBuilder("Imported " + imported + ", updated " + updated + ", skipped " + skipped);
        if (errors > 0) {
            s.append("; ").append(errors).append(errors == 1 ? " row" : " rows").append(" with errors left out");
        }
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        if (warnings > 0) {
            s.append("; ").append(warnings).append(warnings == 1 ? " warning" : " warnings").append(" (")
                    .append(commonReasons(problems)).append(")");
        }
        return s.append(".").toString();
    }

    /** The two most frequent warnings, counted: "1,047 × Figures for YouTube but no handle…". */
    static String commonReasons(List<ImportPlan.Problem> problems) {
        Map<String, Long> byReason = problems.stream().filter(p -> !p.isError())
                .collect(Collectors.groupingBy(p -> p.reason().replaceAll("\"[^\"]*\"", "…"), LinkedHashMap::new,
                        Collectors.counting()));
        List<String> top = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(2)
                .map(e -> String.format(Locale.ROOT, "%,d × %s", e.getValue(), e.getKey().replaceFirst("\\.$", "")))
                .toList();
        return String.join("; ", top) + (byReason.size() > 2 ? "; …" : "");
    }

    /**
     * A line for each row that repeats a contact, for the report: which row or contact it repeats, what was done
     * and what differs, so the choice of the first row over a later one is never silent.
     */
    public static List<ImportPlan.Problem> duplicates(ImportPlan plan, ImportService.OnDuplicate policy,
            Map<Integer, ImportService.OnDuplicate> perRow) {
        List<ImportPlan.Problem> lines = new ArrayList<>();
        for (ImportPlan.Row row : plan.rows()) {
            if (row.hasErrors() || row.duplicateOf() == null && !row.duplicateInFile()) {
                continue;
            }
            ImportService.OnDuplicate choice = perRow.getOrDefault(row.line(), policy);
            Influencer other = row.duplicateOf() != null ? row.duplicateOf() : row.repeated();
            String repeats = row.duplicateOf() != null ? "Already in Rapport as " + row.duplicateOf().displayName()
                    : "Repeats line " + row.repeatsLine();
            String done = switch (choice) {
                case SKIP -> row.duplicateOf() != null ? "this row was skipped" : "line " + row.repeatsLine()
                        + " was kept, this row skipped";
                case FILL -> "this row filled the empty fields";
                case OVERWRITE -> "this row's values replaced the earlier ones";
                case NEW -> "this row was imported as a new contact";
            };
            List<String> differing = RowDifferences.between(other, row.contact());
            lines.add(new ImportPlan.Problem(row.line(), "", row.contact().displayName(), repeats + "; " + done
                    + (differing.isEmpty() ? "." : "; differs: " + String.join(", ", differing) + "."),
                    ImportPlan.Severity.WARNING));
        }
        return lines;
    }

    /** Writes problems as a CSV a spreadsheet opens: line, column, value, severity, reason. */
    public static void writeProblems(List<ImportPlan.Problem> problems, Path file) throws IOException {
        SafeFiles.write(file, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                Sheets.writeCsv(List.of("Line", "Column", "Value", "Severity", "Reason"), problems.stream()
                        .map(p -> Arrays.<Object>asList(p.line(), p.column(), p.value(), p.severity().name(),
                                p.reason())).toList(), out);
            }
        });
    }
}
