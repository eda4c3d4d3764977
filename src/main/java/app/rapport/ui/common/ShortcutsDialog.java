package app.rapport.ui.common;

import app.rapport.ui.common.Shortcuts.Place;
import app.rapport.ui.common.Shortcuts.Shortcut;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help › Keyboard shortcuts: every shortcut with its keys, grouped by where it works. */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /** Shows the shortcuts over {@code owner} without holding the window up: the user may keep it open. */
    public static Dialog<Void> show(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcutList");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Place place : Place.values()) {
            List<Shortcut> here = shortcuts.stream().filter(shortcut -> shortcut.place() == place).toList();
            if (here.isEmpty()) {
                continue;
            }
            Label heading = new Label(place.heading());
            heading.getStyleClass().addAll("title-4", "shortcut-place");
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : here) {
                Label keys = new Label(shortcut.keysText());
                keys.getStyleClass().addAll("text-bold", "shortcut-keys");
                Label action = new Label(shortcut.action());
                action.getStyleClass().add("shortcut-action");
                grid.addRow(row++, keys, action);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(520);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.text("help.shortcuts.title"));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.NONE);
        }
        WindowIcons.put(dialog);
        dialog.show();
        return dialog;
    }
}
