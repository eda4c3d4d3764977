package app.rapport.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The pieces every Rapport dialog is made of: a titled dialog with OK and Cancel, and a form of rows. */
final class DialogParts {

    private DialogParts() {
    }

    /** A dialog over {@code owner} (if any) with {@code content}, an OK button named {@code okLabel} and Cancel. */
    static <T> Dialog<T> dialog(Window owner, String title, Node content, String okLabel) {
        Dialog<T> dialog = new Dialog<>();
        WindowIcons.put(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content instanceof Parent parent ? TextFit.keepWhole(parent) : content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /** Rows of a label and its field. */
    static GridPane form(Node... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        // Labels keep their whole text; the fields take what room is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        FormLabels.nameFields(grid);
        return grid;
    }
}
