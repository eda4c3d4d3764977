package app.rapport.ui.common;

import app.rapport.domain.sheet.Paper;
import app.rapport.service.ExportService;
import app.rapport.ui.common.DialogService.ColumnOption;
import app.rapport.ui.common.DialogService.ExportChoice;
import app.rapport.ui.common.DialogService.ExportOffer;
import app.rapport.ui.common.DialogService.ExportScope;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/** The export dialog: which format, which contacts, which columns, and the format's options. */
final class ExportDialog {

    private ExportDialog() {
    }

    /** Asks what to export (format, contacts, columns, options); {@code showError} tells a choice it refuses. */
    static Optional<ExportChoice> show(Window owner, ExportOffer offer, Consumer<String> showError) {
        return build(owner, offer, showError).showAndWait();
    }

    /** The dialog, not yet shown. */
    static Dialog<ExportChoice> build(Window owner, ExportOffer offer, Consumer<String> showError) {
        int shown = offer.shown();
        int selected = offer.selected();
        int all = offer.all();
        ComboBox<ExportService.Format> format = new ComboBox<>();
        format.getItems().setAll(ExportService.Format.values());
        format.setValue(ExportService.Format.XLSX);
        format.setId("exportFormat");
        ToggleGroup scope = new ToggleGroup();
        RadioButton shownButton = new RadioButton("The " + shown + " contacts the table shows");
        RadioButton selectedButton = new RadioButton("The " + selected + " selected contacts");
        RadioButton allButton = new RadioButton("All " + all + " contacts");
        shownButton.setToggleGroup(scope);
        selectedButton.setToggleGroup(scope);
        allButton.setToggleGroup(scope);
        selectedButton.setDisable(selected == 0);
        (selected > 1 ? selectedButton : shownButton).setSelected(true);
        CheckBox forExcel = new CheckBox("For Excel (byte order mark, your list separator)");
        forExcel.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportService.Format.CSV));
        CheckBox cards = new CheckBox("PDF as cards (every handle and the latest brand-fit note)");
        cards.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportService.Format.PDF));
        ComboBox<Paper> paper = new ComboBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(offer.defaultPaper());
        paper.disableProperty().bind(cards.disableProperty());
        Label paperLabel = new Label("Paper");
        paperLabel.setMinWidth(Region.USE_PREF_SIZE);
        // Under the cards option it belongs to, indented like the checkbox's text.
        HBox paperRow = new HBox(8, paperLabel, paper);
        paperRow.setAlignment(Pos.CENTER_LEFT);
        paperRow.setPadding(new Insets(0, 0, 0, 28));
        CheckBox escape = new CheckBox("Protect against spreadsheet formulas (recommended)");
        escape.setSelected(true);
        Label warning = new Label("Cells starting with = + - @ will open as formulas: only for files you trust.");
        warning.getStyleClass().add("field-error");
        warning.visibleProperty().bind(escape.selectedProperty().not());
        VBox scopes = new VBox(6, shownButton, selectedButton, allButton);
        CheckListView<ColumnOption> columns = new CheckListView<>();
        columns.getItems().setAll(offer.columns());
        columns.setPrefHeight(180);
        columns.setId("exportColumns");
        Runnable remember = () -> {
            List<String> ids = offer.remembered().getOrDefault(format.getValue(), List.of());
            columns.getCheckModel().clearChecks();
            offer.columns().stream().filter(c -> ids.isEmpty() || ids.contains(c.id()))
                    .forEach(c -> columns.getCheckModel().check(c));
        };
        format.valueProperty().addListener((obs, old, f) -> remember.run());
        remember.run();
        // PDF and vCard have a fixed layout; the columns are for CSV and XLSX.
        columns.disableProperty().bind(format.valueProperty().isEqualTo(ExportService.Format.PDF)
                .or(format.valueProperty().isEqualTo(ExportService.Format.VCF)));
        VBox options = new VBox(6, forExcel, cards, paperRow, escape, warning);
        Dialog<ExportChoice> dialog = DialogParts.dialog(owner, "Export contacts", DialogParts.form(
                new Label("Format"), format, new Label("Contacts"), scopes, new Label("Columns"), columns,
                new Label("Options"), options), "Export…");
        dialog.setResultConverter(button -> {
            if (button.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return null;
            }
            ExportScope chosen = scope.getSelectedToggle() == selectedButton ? ExportScope.SELECTED
                    : scope.getSelectedToggle() == allButton ? ExportScope.ALL : ExportScope.SHOWN;
            List<String> ids = columns.getCheckModel().getCheckedItems().stream().map(ColumnOption::id).toList();
            if (ids.isEmpty() && !columns.isDisabled()) {
                showError.accept("Choose at least one column to export.");
                return null;
            }
            boolean everything = ids.size() == offer.columns().size() || columns.isDisabled();
            return new ExportChoice(format.getValue(), chosen, forExcel.isSelected(), escape.isSelected(),
                    everything ? List.of() : ids, cards.isSelected(), paper.getValue());
        });
        return dialog;
    }
}
