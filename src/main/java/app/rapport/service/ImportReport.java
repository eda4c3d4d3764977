package app.rapport.service;

import java.util.List;

/** What an import did. */
public record ImportReport(int imported, int updated, int skipped, int errors, List<ImportPlan.Problem> problems) {

    /** "Imported 120, updated 3, skipped 2, 1 row with errors." */
    public String summary() {
        return "Imported " + imported + ", updated " + updated + ", skipped " + skipped + ", " + errors
                + (errors == 1 ? " row" : " rows") + " with errors.";
    }
}
