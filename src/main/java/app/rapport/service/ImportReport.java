package app.rapport.service;

import app.rapport.exchange.SafeFiles;
import app.rapport.exchange.Sheets;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What an import did. */
/**
 * What an import did.
 *
 * @param created  the ids of the contacts it added
 * @param replaced the contacts it changed, as they were before, so the import can be undone
 */
public record ImportReport(int imported, int updated, int skipped, int errors, List<ImportPlan.Problem> problems,
        List<Long> created, List<app.rapport.domain.Influencer> replaced) {

    public ImportReport {
        problems = List.copyOf(problems);
        created = List.copyOf(created);
        replaced = List.copyOf(replaced);
    }

    /** "Imported 120, updated 3, skipped 2, 1 row with errors." */
    public String summary() {
        return "Imported " + imported + ", updated " + updated + ", skipped " + skipped + ", " + errors
                + (errors == 1 ? " row" : " rows") + " with errors.";
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
