package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.RapportApp;
import app.rapport.domain.sheet.Paper;
import app.rapport.service.ExportService.Format;
import app.rapport.ui.common.DialogService.ColumnOption;
import app.rapport.ui.common.DialogService.ExportChoice;
import app.rapport.ui.common.DialogService.ExportOffer;
import app.rapport.ui.common.DialogService.ExportScope;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The export dialog as the user sees it, rendered, and what it returns for what is chosen. */
class ExportDialogTest {

    private final FxRobot robot = new FxRobot();
    private final List<String> errors = new ArrayList<>();
    private Dialog<ExportChoice> dialog;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDialog() {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
    }

    private static final ExportOffer OFFER = new ExportOffer(40, 3, 120, List.of(new ColumnOption("name", "Name"),
            new ColumnOption("email", "Email"), new ColumnOption("city", "City")),
            Map.of(Format.CSV, List.of("name", "email")), Paper.A4);

    @Test
    void theDialogOffersTheSelectionAndRemembersEachFormatsColumns() throws Exception {
        AtomicReference<BufferedImage> picture = new AtomicReference<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            dialog = ExportDialog.build(null, OFFER, errors::add);
            dialog.getDialogPane().getStylesheets().add(RapportApp.class.getResource("ui/rapport.css")
                    .toExternalForm());
            dialog.show();
        });
        robot.interact(() -> picture.set(SwingFXUtils.fromFXImage(dialog.getDialogPane().getScene().snapshot(null),
                null)));
        Path png = Path.of(System.getProperty("rapport.screenshots.dir", "target/screenshots"), "export.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(picture.get(), "png", png.toFile());

        @SuppressWarnings("unchecked")
        ComboBox<Format> format = (ComboBox<Format>) dialog.getDialogPane().lookup("#exportFormat");
        @SuppressWarnings("unchecked")
        CheckListView<ColumnOption> columns = (CheckListView<ColumnOption>) dialog.getDialogPane()
                .lookup("#exportColumns");
        assertThat(format.getValue()).isEqualTo(Format.XLSX);
        assertThat(columns.getCheckModel().getCheckedItems()).hasSize(3);

        robot.interact(() -> format.setValue(Format.CSV));
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
        robot.interact(() -> {
            dialog = ExportDialog.build(null, OFFER, errors::add);
            dialog.show();
        });
        @SuppressWarnings("unchecked")
        CheckListView<ColumnOption> columns = (CheckListView<ColumnOption>) dialog.getDialogPane()
                .lookup("#exportColumns");
        robot.interact(() -> columns.getCheckModel().clearChecks());

        assertThat(ok()).isNull();
        assertThat(errors).containsExactly("Choose at least one column to export.");
    }

    private ExportChoice ok() {
        AtomicReference<ExportChoice> result = new AtomicReference<>();
        robot.interact(() -> {
            ButtonType export = dialog.getDialogPane().getButtonTypes().stream()
                    .filter(b -> b.getText().equals("Export…")).findFirst().orElseThrow();
            dialog.setResult(dialog.getResultConverter().call(export));
            result.set(dialog.getResult());
        });
        return result.get();
    }
}
