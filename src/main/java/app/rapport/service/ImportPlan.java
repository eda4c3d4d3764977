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

    /** What the user may do about a value besides correcting it or leaving its row out. */
    public enum Fix {
        NONE,
        /** A display name in a handle column: make it the contact's name instead. */
        USE_AS_NAME
    }

    /**
     * A problem with one value: where it is, what it was and why it is a problem.
     *
     * @param fix what else the value could be used as
     */
    public record Problem(int line, String column, String value, String reason, Severity severity, Fix fix) {

        public Problem(int line, String column, String value, String reason, Severity severity) {
            this(line, column, value, reason, severity, Fix.NONE);
        }

        public boolean isError() {
            return severity == Severity.ERROR;
        }
    }

    /**
     * One data row.
     *
     * @param duplicateOf the contact already in the workspace it repeats, if any
     * @param repeatsLine the line of an earlier row of the file it repeats, 0 when none
     * @param repeated    that earlier row's contact, to show what differs
     */
    public record Row(int line, Influencer contact, Influencer duplicateOf, int repeatsLine, Influencer repeated) {
        public boolean hasErrors() {
            return contact == null;
        }

        public boolean duplicateInFile() {
            return repeatsLine > 0;
        }
    }

    public long errorRows() {
        return rows.stream().filter(Row::hasErrors).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> !p.isError()).count();
    }

    public long duplicates() {
        return rows.stream().filter(r -> r.duplicateOf() != null || r.duplicateInFile()).count();
    }
}
