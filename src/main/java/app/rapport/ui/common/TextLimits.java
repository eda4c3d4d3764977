package app.rapport.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Keeps a text field within what its column stores. Typing or pasting past the limit is refused, with a note
 * beside the field; the text already there and the clipboard stay as they were, so nothing is lost.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void limit(TextInputControl field, int max) {
        String note = Texts.text("common.textLimits.note", max);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getControlNewText().length() <= max) {
                return change;
            }
            tell(field, note);
            return null;
        }));
    }

    private static void tell(TextInputControl field, String note) {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Tooltip tip = new Tooltip(note);
        tip.getStyleClass().add("limit-note");
        Bounds at = field.localToScreen(field.getBoundsInLocal());
        if (at == null) {
            return;
        }
        tip.show(field, at.getMinX(), at.getMaxY() + 2);
        PauseTransition hide = new PauseTransition(Duration.seconds(4));
        hide.setOnFinished(e -> tip.hide());
        hide.play();
        field.getProperties().put("limit-note", note);
    }
}
