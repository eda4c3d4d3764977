package app.rapport.ui.common;

import app.rapport.domain.EditMerge.Difference;
import app.rapport.domain.EditMerge;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Changed by someone else since you opened it": their values beside the user's, one row per part that
 * differs, with keep mine, take theirs, or save the values picked row by row. The same for contacts, deals and
 * campaigns.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static <P extends EditMerge.Part<?>> Optional<Set<P>> show(Window owner, String itemName,
            List<Difference<P>> differences) {
        return build(owner, itemName, differences).showAndWait();
    }

    /** The dialog, not yet shown (a test renders it). */
    static <P extends EditMerge.Part<?>> Dialog<Set<P>> build(Window owner, String itemName,
            List<Difference<P>> differences) {
        ButtonType keepMine = new ButtonType(Texts.text("common.conflict.keepMine"), ButtonBar.ButtonData.YES);
        ButtonType takeTheirs = new ButtonType(Texts.text("common.conflict.takeTheirs"), ButtonBar.ButtonData.NO);
        ButtonType merged = new ButtonType(Texts.text("common.conflict.saveAsPicked"), ButtonBar.ButtonData.OK_DONE);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        grid.addRow(0, heading(""), heading(Texts.text("common.conflict.theirs")),
                heading(Texts.text("common.conflict.yours")));
        Map<P, RadioButton> theirsChosen = new LinkedHashMap<>();
        int row = 1;
        for (Difference<P> d : differences) {
            ToggleGroup pick = new ToggleGroup();
            RadioButton theirs = choice(d.theirs(), pick);
            RadioButton mine = choice(d.mine(), pick);
            (d.mineFirst() ? mine : theirs).setSelected(true);
            theirs.setId("theirs-" + d.part());
            mine.setId("mine-" + d.part());
            Label part = new Label(d.byMe() && d.byThem()
                    ? Texts.text("common.conflict.bothChanged", d.part().label()) : d.part().label());
            part.setMinWidth(Region.USE_PREF_SIZE);
            if (d.byMe() && d.byThem()) {
                part.getStyleClass().add("conflict-clash");
            }
            grid.addRow(row++, part, theirs, mine);
            theirsChosen.put(d.part(), theirs);
        }
        Node rows = grid;
        if (differences.size() > 8) {
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(360);
            rows = scroll;
        }
        Label intro = new Label(Texts.text("common.conflict.intro", itemName));
        intro.setWrapText(true);
        intro.setPrefWidth(660);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Dialog<Set<P>> dialog = new Dialog<>();
        WindowIcons.put(dialog);
        dialog.setTitle(Texts.text("common.conflict.title"));
        dialog.setHeaderText(Texts.text("common.conflict.header"));
        dialog.getDialogPane().setContent(new VBox(12, intro, rows));
        dialog.getDialogPane().getButtonTypes().setAll(keepMine, takeTheirs, merged, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(720);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setId("conflictDialog");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(button -> {
            if (button == keepMine) {
                return EditMerge.theirsUnlessChangedByMe(differences);
            }
            if (button == takeTheirs) {
                return EditMerge.allTheirs(differences);
            }
            if (button == merged) {
                Set<P> fromTheirs = new LinkedHashSet<>();
                theirsChosen.forEach((part, theirs) -> {
                    if (theirs.isSelected()) {
                        fromTheirs.add(part);
                    }
                });
                return fromTheirs;
            }
            return null;
        });
        return dialog;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static RadioButton choice(String value, ToggleGroup group) {
        RadioButton button = new RadioButton(value.isEmpty() ? Texts.text("common.conflict.empty") : value);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(260);
        return button;
    }
}
