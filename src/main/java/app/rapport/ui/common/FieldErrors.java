package app.rapport.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Shows a view-model's validation message under its field and marks the field red. */
public final class FieldErrors {

    // AtlantaFX styles inputs in the :danger state with a red border.
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FieldErrors() {
    }

    public static void show(Control field, Label message, ObservableStringValue error) {
        message.textProperty().bind(error);
        Runnable update = () -> {
            boolean hasError = error.get() != null && !error.get().isEmpty();
            field.pseudoClassStateChanged(DANGER, hasError);
            message.setVisible(hasError);
            message.setManaged(hasError);
        };
        error.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
