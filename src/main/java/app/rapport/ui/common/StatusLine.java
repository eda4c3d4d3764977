package app.rapport.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line at the bottom of the window: what just happened, and the progress of long work with a way to
 * cancel it.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** Starts showing progress of long work; returns the flag that Cancel sets. */
    public AtomicBoolean startWork(String text) {
        cancelled = new AtomicBoolean();
        message.set(text);
        progress.set(-1);
        working.set(true);
        return cancelled;
    }

    /** Shows how far the work is, 0 to 1. */
    public void progress(double done) {
        progress.set(done);
    }

    /** Ends the progress display with a message. */
    public void endWork(String text) {
        working.set(false);
        message.set(text);
    }

    /** Cancel: the work stops at its next step. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public void show(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
