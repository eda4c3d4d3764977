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
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/** The export dialog: which format, which contacts, which columns, and the format's options. */
final class ExportDialog {

    private static final double OPTION_WIDTH = 420;

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
        RadioButton shownButton = new RadioButton(Texts.text("common.export.shown", shown));
        RadioButton selectedButton = new RadioButton(Texts.text("common.export.selected", selected));
        RadioButton allButton = new RadioButton(Texts.text("common.export.all", all));
        shownButton.setToggleGroup(scope);
        selectedButton.setToggleGroup(scope);
        allButton.setToggleGroup(scope);
        selectedButton.setDisable(selected == 0);
        (selected > 1 ? selectedButton : shownButton).setSelected(true);
        CheckBox forExcel = new CheckBox(Texts.text("common.export.forExcel"));
        forExcel.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportService.Format.CSV));
        CheckBox cards = new CheckBox(Texts.text("common.export.cards"));
        cards.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportService.Format.PDF));
        ComboBox<Paper> paper = new ComboBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(offer.defaultPaper());
        paper.disableProperty().bind(cards.disableProperty());
        Label paperLabel = new Label(Texts.text("common.export.paper"));
        paperLabel.setMinWidth(Region.USE_PREF_SIZE);
        // Under the cards option it belongs to, indented like the checkbox's text.
        HBox paperRow = new HBox(8, paperLabel, paper);
        paperRow.setAlignment(Pos.CENTER_LEFT);
        paperRow.setPadding(new Insets(0, 0, 0, 28));
        CheckBox escape = new CheckBox(Texts.text("common.export.escape"));
        escape.setSelected(true);
        Label warning = new Label(Texts.text("common.export.warning"));
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
        // The options are sentences: they wrap in a dialog of a sensible width rather than widen it.
        for (Labeled option : List.of(forExcel, cards, escape, warning)) {
            option.setWrapText(true);
            option.setPrefWidth(OPTION_WIDTH);
        }
        VBox options = new VBox(6, forExcel, cards, paperRow, escape, warning);
        Dialog<ExportChoice> dialog = DialogParts.dialog(owner, Texts.text("common.export.title"),
                DialogParts.form(new Label(Texts.text("common.export.format")), format,
                        new Label(Texts.text("common.export.contacts")), scopes,
                        new Label(Texts.text("common.export.columns")), columns,
                        new Label(Texts.text("common.export.options")), options),
                Texts.text("common.export.ok"));
        dialog.setResultConverter(button -> {
            if (button.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return null;
            }
            ExportScope chosen = scope.getSelectedToggle() == selectedButton ? ExportScope.SELECTED
                    : scope.getSelectedToggle() == allButton ? ExportScope.ALL : ExportScope.SHOWN;
            List<String> ids = columns.getCheckModel().getCheckedItems().stream().map(ColumnOption::id).toList();
            if (ids.isEmpty() && !columns.isDisabled()) {
                showError.accept(Texts.text("common.export.noColumns"));
                return null;
            }
            boolean everything = ids.size() == offer.columns().size() || columns.isDisabled();
            return new ExportChoice(format.getValue(), chosen, forExcel.isSelected(), escape.isSelected(),
                    everything ? List.of() : ids, cards.isSelected(), paper.getValue());
        });
        return dialog;
    }
}
