package app.rapport.ui.contacts;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.service.BulkResult;
import app.rapport.service.OutreachService;
import app.rapport.service.Undo;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Changes to all selected contacts at once, each one step that {@link #undo()} takes back and {@link #redo()}
 * makes again; a delete joins the same history.
 */
public final class BulkActions {

    /**
     * A change that can be reversed: what it did, and the work that reverses it (run off the FX thread), which
     * returns the step that reverses it again.
     */
    private record Step(String description, java.util.concurrent.Callable<Step> reverse) {
    }

    private final ObservableList<Step> undoSteps = FXCollections.observableArrayList();
    private final ObservableList<Step> redoSteps = FXCollections.observableArrayList();
    private final BooleanBinding canUndo = Bindings.isNotEmpty(undoSteps);
    private final BooleanBinding canRedo = Bindings.isNotEmpty(redoSteps);

    private final ObservableList<Influencer> selection;
    private final OutreachService outreachService;
    private final ContactBook book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;

    BulkActions(ObservableList<Influencer> selection, OutreachService outreachService, ContactBook book,
            Background background, DialogService dialogs, StatusLine status) {
        this.selection = selection;
        this.outreachService = outreachService;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Moves the selected contacts to a status (Do not contact is skipped). */
    public void bulkMove(OutreachStatus status) {
        bulk(ids -> outreachService.moveAll(ids, status), "Moved to " + status.label());
    }

    /** Asks for a tag and adds it to the selected contacts. */
    public void bulkAddTag() {
        dialogs.askText("Add a tag to " + selectionText(), "Tag", book.knownTags()).ifPresent(tag ->
                bulk(ids -> outreachService.addTag(ids, tag), "Added tag " + tag));
    }

    /** Asks for a tag and removes it from the selected contacts. */
    public void bulkRemoveTag() {
        List<String> used = selection.stream().flatMap(c -> c.tags().stream()).distinct().sorted().toList();
        dialogs.askText("Remove a tag from " + selectionText(), "Tag", used).ifPresent(tag ->
                bulk(ids -> outreachService.removeTag(ids, tag), "Removed tag " + tag));
    }

    /** Asks for a day and reason, and plans that follow-up for the selected contacts. */
    public void bulkPlanFollowUp() {
        dialogs.askFollowUpPlan("Plan a follow-up for " + selectionText(), null).ifPresent(plan ->
                bulk(ids -> outreachService.setFollowUps(ids, plan.day(), plan.reason()), "Planned follow-up"));
    }

    /** Clears the follow-ups of the selected contacts. */
    public void bulkClearFollowUp() {
        bulk(ids -> outreachService.setFollowUps(ids, null, null), "Cleared follow-up");
    }

    /** Puts another change (a delete) in the same history: {@code undo} takes it back, {@code redo} repeats it. */
    public void offerUndo(String description, java.util.concurrent.Callable<?> undo,
            java.util.concurrent.Callable<?> redo) {
        record(pair(description, undo, redo));
    }

    private Step pair(String description, java.util.concurrent.Callable<?> undo,
            java.util.concurrent.Callable<?> redo) {
        return new Step(description, () -> {
            undo.call();
            return new Step(description, () -> {
                redo.call();
                return pair(description, undo, redo);
            });
        });
    }

    private Step undoStep(Undo undo, Function<List<Long>, BulkResult> change, List<Long> ids) {
        return new Step(undo.description(), () -> {
            outreachService.undo(undo);
            return new Step(undo.description(), () -> undoStep(change.apply(ids).undo(), change, ids));
        });
    }

    /** A new change: it can be undone, and what was undone before can no longer be redone. */
    private void record(Step step) {
        undoSteps.add(step);
        redoSteps.clear();
    }

    /** Takes back the last change. */
    public void undo() {
        if (undoSteps.isEmpty()) {
            return;
        }
        Step step = undoSteps.remove(undoSteps.size() - 1);
        background.run(step.reverse(), again -> {
            redoSteps.add(again);
            book.load(() -> status.show("Undone: " + step.description() + ". Ctrl+Shift+Z does it again."));
        }, failure -> dialogs.showError(Errors.describe(failure, "undo the change")));
    }

    /** Makes again the change last undone. */
    public void redo() {
        if (redoSteps.isEmpty()) {
            return;
        }
        Step step = redoSteps.remove(redoSteps.size() - 1);
        background.run(step.reverse(), again -> {
            undoSteps.add(again);
            book.load(() -> status.show("Redone: " + step.description() + "."));
        }, failure -> dialogs.showError(Errors.describe(failure, "redo the change")));
    }

    private void bulk(Function<List<Long>, BulkResult> change, String action) {
        List<Long> ids = selection.stream().map(Influencer::id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        background.run(() -> change.apply(ids), result -> {
            if (result.changed() > 0) {
                record(undoStep(result.undo(), change, ids));
            }
            book.load(() -> status.show(result.summary(action)
                    + (result.changed() > 0 ? " Ctrl+Z undoes it." : "")));
        }, failure -> dialogs.showError(Errors.describe(failure, action.toLowerCase(Locale.ROOT))));
    }

    private String selectionText() {
        return selection.size() == 1 ? selection.get(0).displayName() : selection.size() + " contacts";
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    /** "Undo moved to Contacted", for the Edit menu. */
    public String undoText() {
        return undoSteps.isEmpty() ? "Undo" : "Undo " + undoSteps.get(undoSteps.size() - 1).description();
    }
}
