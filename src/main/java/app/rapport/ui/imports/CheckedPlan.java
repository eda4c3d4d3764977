package app.rapport.ui.imports;

import app.rapport.service.ImportPlan;
import app.rapport.ui.common.Texts;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The wizard's check step: every row as it will be imported and every problem, all or only the errors. */
final class CheckedPlan {

    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<ImportPlan.Problem> problems = FXCollections.observableArrayList();
    private final FilteredList<ImportPlan.Problem> shownProblems = new FilteredList<>(problems);
    private final ObservableList<ImportPlan.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<ImportPlan.Row> shownRows = new FilteredList<>(rows);
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(this, "errorsOnly");

    CheckedPlan() {
        errorsOnly.addListener((obs, old, only) -> {
            shownProblems.setPredicate(only ? p -> p.severity() == ImportPlan.Severity.ERROR : null);
            shownRows.setPredicate(only ? ImportPlan.Row::hasErrors : null);
        });
    }

    /** Shows a plan just made from the file and the mapping. */
    void show(ImportPlan planned) {
        plan.set(planned);
        problems.setAll(planned.problems());
        rows.setAll(planned.rows());
    }

    /** What the check found, in a sentence: how many rows are ready, how many have errors or warnings. */
    String summary() {
        ImportPlan planned = plan.get();
        long errors = planned.errorRows();
        long warnings = planned.problems().stream().filter(p -> p.severity() == ImportPlan.Severity.WARNING).count();
        return Texts.text("imports.check.summary", planned.rows().size(), planned.rows().size() - errors, errors,
                warnings);
    }

    /** The plan last shown; null before the first check. */
    ImportPlan plan() {
        return plan.get();
    }

    /** Every problem of the plan, whatever is shown. */
    List<ImportPlan.Problem> problems() {
        return problems;
    }

    /** Why a row with errors is left out: its first error. */
    String errorOf(ImportPlan.Row row) {
        return problems.stream().filter(p -> p.line() == row.line() && p.severity() == ImportPlan.Severity.ERROR)
                .map(ImportPlan.Problem::reason).findFirst().orElse("");
    }

    ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    ObservableList<ImportPlan.Row> shownRows() {
        return shownRows;
    }

    ObservableList<ImportPlan.Problem> shownProblems() {
        return shownProblems;
    }

    BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }
}
