package app.rapport.service;

import app.rapport.domain.Influencer;
import app.rapport.domain.text.DomainTexts;
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
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        if (warnings == 0) {
            return DomainTexts.text(errors > 0 ? "import.summary.errors" : "import.summary", imported, updated,
                    skipped, errors);
        }
        return DomainTexts.text(errors > 0 ? "import.summary.errorsAndWarnings" : "import.summary.warnings",
                imported, updated, skipped, errors, warnings, commonReasons(problems));
    }

    /** The two most frequent warnings, counted: "1,047 × Figures for YouTube but no handle…". */
    static String commonReasons(List<ImportPlan.Problem> problems) {
        Map<String, Long> byReason = problems.stream().filter(p -> !p.isError())
                .collect(Collectors.groupingBy(p -> p.reason().replaceAll("\"[^\"]*\"", "…"), LinkedHashMap::new,
                        Collectors.counting()));
        List<String> top = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(2)
                .map(e -> DomainTexts.text("import.summary.reason", e.getValue(),
                        e.getKey().replaceFirst("\\.$", "")))
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
            List<String> differing = RowDifferences.between(other, row.contact());
            String reason = row.duplicateOf() != null
                    ? DomainTexts.text("import.duplicate.known." + choice.name(), row.duplicateOf().displayName(),
                            differing.size(), String.join(", ", differing))
                    : DomainTexts.text("import.duplicate.repeat." + choice.name(), row.repeatsLine(),
                            differing.size(), String.join(", ", differing));
            lines.add(new ImportPlan.Problem(row.line(), "", row.contact().displayName(), reason,
                    ImportPlan.Severity.WARNING));
        }
        return lines;
    }

    /** Writes problems as a CSV a spreadsheet opens: line, column, value, severity, reason. */
    public static void writeProblems(List<ImportPlan.Problem> problems, Path file) throws IOException {
        SafeFiles.write(file, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                List<String> header = List.of(DomainTexts.text("import.problems.line"),
                        DomainTexts.text("import.problems.column"), DomainTexts.text("import.problems.value"),
                        DomainTexts.text("import.problems.severity"), DomainTexts.text("import.problems.reason"));
                Sheets.writeCsv(header, problems.stream()
                        .map(p -> Arrays.<Object>asList(p.line(), p.column(), p.value(), p.severity().name(),
                                p.reason())).toList(), out);
            }
        });
    }
}
