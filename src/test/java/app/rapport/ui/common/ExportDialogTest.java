package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.sheet.Paper;
import app.rapport.service.ExportService.Format;
import app.rapport.testing.ShownDialog;
import app.rapport.ui.common.DialogService.ColumnOption;
import app.rapport.ui.common.DialogService.ExportChoice;
import app.rapport.ui.common.DialogService.ExportOffer;
import app.rapport.ui.common.DialogService.ExportScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The export dialog as the user sees it, rendered, and what it returns for what is chosen. */
class ExportDialogTest {

    @RegisterExtension
    final ShownDialog<ExportChoice> shown = new ShownDialog<>();
    private final List<String> errors = new ArrayList<>();

    private static final ExportOffer OFFER = new ExportOffer(40, 3, 120, List.of(new ColumnOption("name", "Name"),
            new ColumnOption("email", "Email"), new ColumnOption("city", "City")),
            Map.of(Format.CSV, List.of("name", "email")), Paper.A4);

    @Test
    void theDialogOffersTheSelectionAndRemembersEachFormatsColumns() throws Exception {
        Dialog<ExportChoice> dialog = shown.showStyled(() -> ExportDialog.build(null, OFFER, errors::add));
        shown.picture("export.png");

        @SuppressWarnings("unchecked")
        ComboBox<Format> format = (ComboBox<Format>) dialog.getDialogPane().lookup("#exportFormat");
        @SuppressWarnings("unchecked")
        CheckListView<ColumnOption> columns = (CheckListView<ColumnOption>) dialog.getDialogPane()
                .lookup("#exportColumns");
        assertThat(format.getValue()).isEqualTo(Format.XLSX);
        assertThat(columns.getCheckModel().getCheckedItems()).hasSize(3);

        shown.interact(() -> format.setValue(Format.CSV));
        assertThat(columns.getCheckModel().getCheckedItems()).extracting(ColumnOption::id)
                .containsExactly("name", "email");

        ExportChoice choice = ok();
        assertThat(choice.format()).isEqualTo(Format.CSV);
        // Three contacts are selected, so the dialog starts on them.
        assertThat(choice.scope()).isEqualTo(ExportScope.SELECTED);
        assertThat(choice.columns()).containsExactly("name", "email");
        assertThat(choice.escapeFormulas()).isTrue();
    }

    @Test
    void noColumnChosenIsRefusedWithOneSentence() {
        Dialog<ExportChoice> dialog = shown.show(() -> ExportDialog.build(null, OFFER, errors::add));
        @SuppressWarnings("unchecked")
        CheckListView<ColumnOption> columns = (CheckListView<ColumnOption>) dialog.getDialogPane()
                .lookup("#exportColumns");
        shown.interact(() -> columns.getCheckModel().clearChecks());

        assertThat(ok()).isNull();
        assertThat(errors).containsExactly("Choose at least one column to export.");
    }

    /** What the dialog returns when Export is pressed: {@code null} while what is chosen is refused. */
    private ExportChoice ok() {
        Dialog<ExportChoice> dialog = shown.dialog();
        ButtonType export = shown.buttonType("Export…");
        AtomicReference<ExportChoice> result = new AtomicReference<>();
        shown.interact(() -> {
            dialog.setResult(dialog.getResultConverter().call(export));
            result.set(dialog.getResult());
        });
        return result.get();
    }
}
