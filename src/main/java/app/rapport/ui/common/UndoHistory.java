package app.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Undo and redo for every screen (Ctrl+Z, Ctrl+Shift+Z): bulk changes, deletes, status moves, deal changes.
 * Each step knows how to reverse itself and returns the step that reverses that again.
 */
public final class UndoHistory {

    /** @param after shows the result on the screen the change was made on (run on the FX thread) */
    private record Step(String description, Callable<Step> reverse, Runnable after) {
    }

    private final ObservableList<Step> undoSteps = FXCollections.observableArrayList();
    private final ObservableList<Step> redoSteps = FXCollections.observableArrayList();
    private final BooleanBinding canUndo = Bindings.isNotEmpty(undoSteps);
    private final BooleanBinding canRedo = Bindings.isNotEmpty(redoSteps);

    private final Background background;
    private final DialogService dialogs;
    private final Consumer<String> report;

    /** @param report shows what was undone or redone, once the screens show the result */
    public UndoHistory(Background background, DialogService dialogs, Consumer<String> report) {
        this.background = background;
        this.dialogs = dialogs;
        this.report = report;
    }

    /**
     * Records a change just made: {@code undo} takes it back and {@code redo} makes it again, both run off the
     * FX thread. What was undone before can no longer be redone.
     */
    public void record(String description, Callable<?> undo, Callable<?> redo) {
        record(description, undo, redo, () -> { });
    }

    /** The same, with {@code after} showing the result on the change's own screen each time it is reversed. */
    public void record(String description, Callable<?> undo, Callable<?> redo, Runnable after) {
        undoSteps.add(pair(description, undo, redo, after));
        redoSteps.clear();
    }

    private static Step pair(String description, Callable<?> undo, Callable<?> redo, Runnable after) {
        return new Step(description, () -> {
            undo.call();
            return new Step(description, () -> {
                redo.call();
                return pair(description, undo, redo, after);
            }, after);
        }, after);
    }

    /** Takes back the last change. */
    public void undo() {
        move(undoSteps, redoSteps, "common.undo.undone", "undo the change", "common.errors.undo");
    }

    /** Makes again the change last undone. */
    public void redo() {
        move(redoSteps, undoSteps, "common.undo.redone", "redo the change", "common.errors.redo");
    }

    private void move(ObservableList<Step> from, ObservableList<Step> to, String doneKey, String action,
            String failedKey) {
        if (from.isEmpty()) {
            return;
        }
        Step step = from.remove(from.size() - 1);
        background.run(step.reverse(), again -> {
            to.add(again);
            step.after().run();
            report.accept(Texts.text(doneKey, step.description()));
        }, failure -> dialogs.showError(Errors.describe(failure, action, failedKey)));
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    /** "Undo moved to Contacted", for the Edit menu. */
    public String undoText() {
        return undoSteps.isEmpty() ? Texts.text("common.undo.menu")
                : Texts.text("common.undo.menuStep", undoSteps.get(undoSteps.size() - 1).description());
    }
}
