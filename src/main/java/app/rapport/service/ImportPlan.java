package app.rapport.service;

import app.rapport.domain.Influencer;
import java.util.List;

/**
 * What an import would do, row by row, before anything is written.
 *
 * @param rows     every data row with the contact it becomes (or {@code null} when it has errors)
 * @param problems every problem found, errors and warnings
 */
public record ImportPlan(List<Row> rows, List<Problem> problems) {

    /** How serious a problem is: an error keeps the row out, a warning is only reported. */
    public enum Severity { ERROR, WARNING }

    /** A problem with one value: where it is, what it was and why it is a problem. */
    public record Problem(int line, String column, String value, String reason, Severity severity) {
    }

    /**
     * One data row.
     *
     * @param duplicateOf the contact already in the workspace (or earlier in the file) it repeats, if any
     */
    public record Row(int line, Influencer contact, Influencer duplicateOf, boolean duplicateInFile) {
        public boolean hasErrors() {
            return contact == null;
        }
    }

    public long errorRows() {
        return rows.stream().filter(Row::hasErrors).count();
    }

    public long duplicates() {
        return rows.stream().filter(r -> r.duplicateOf() != null || r.duplicateInFile()).count();
    }
}
