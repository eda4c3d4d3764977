package app.rapport.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one line at the bottom of the window that says what just happened. */
public final class StatusLine {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public void show(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
