package app.rapport.ui.common;

import java.util.Comparator;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Points a form's labels at their fields, so that a screen reader names each field by the label beside it. FXML
 * cannot do this where the label comes first: {@code labelFor="$field"} fails on a field declared further down.
 */
public final class FormLabels {

    private FormLabels() {
    }

    /** Each label in the grid's first column names the first field to its right in the same row. */
    public static void nameFields(GridPane grid) {
        for (Node node : grid.getChildren()) {
            if (node instanceof Label label && column(node) == 0 && label.getLabelFor() == null) {
                firstFieldInRow(grid, row(node)).ifPresent(label::setLabelFor);
            }
        }
    }

    /** The first field (a control other than a label) right of the first column in the row, looking inside boxes. */
    public static Optional<Control> firstFieldInRow(GridPane grid, int row) {
        return grid.getChildren().stream()
                .filter(node -> row(node) == row && column(node) > 0)
                .sorted(Comparator.comparingInt(FormLabels::column))
                .map(FormLabels::firstField)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Control> firstField(Node node) {
        if (node instanceof Control control) {
            return control instanceof Label ? Optional.empty() : Optional.of(control);
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(FormLabels::firstField)
                    .flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    private static int column(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }
}
