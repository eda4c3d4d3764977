package app.rapport.ui.imports;

import app.rapport.service.ImportPlan;
import app.rapport.service.ImportService;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The wizard's duplicates step: the rows that repeat a contact, and what to do with all of them or with each. */
final class DuplicateChoices {

    private final ObservableList<ImportPlan.Row> rows = FXCollections.observableArrayList();
    private final Map<Integer, ImportService.OnDuplicate> perRow = new HashMap<>();
    private final ObjectProperty<ImportService.OnDuplicate> forAll =
            new SimpleObjectProperty<>(this, "onDuplicate", ImportService.OnDuplicate.SKIP);

    /** Shows the rows of the plan that will be imported and match a contact already there or an earlier row. */
    void show(ImportPlan plan) {
        rows.setAll(plan.rows().stream()
                .filter(r -> !r.hasErrors() && (r.duplicateOf() != null || r.duplicateInFile())).toList());
    }

    /** Chooses what to do with one duplicate row, apart from the choice for all. */
    void chooseFor(ImportPlan.Row row, ImportService.OnDuplicate choice) {
        perRow.put(row.line(), choice);
    }

    /** What will happen to one duplicate row. */
    ImportService.OnDuplicate choiceFor(ImportPlan.Row row) {
        return perRow.getOrDefault(row.line(), forAll.get());
    }

    /** The choice for every duplicate row not chosen for alone. */
    ImportService.OnDuplicate forAll() {
        return forAll.get();
    }

    /** The rows chosen for alone, by line, as they stand now: an import that runs keeps this copy. */
    Map<Integer, ImportService.OnDuplicate> perRow() {
        return new HashMap<>(perRow);
    }

    ObservableList<ImportPlan.Row> rows() {
        return rows;
    }

    ObjectProperty<ImportService.OnDuplicate> forAllProperty() {
        return forAll;
    }
}
