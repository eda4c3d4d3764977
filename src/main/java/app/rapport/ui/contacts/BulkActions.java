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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

/**
 * Changes to all selected contacts at once, each one step that {@link #undo()} takes back and {@link #redo()}
 * makes again; a delete joins the same history.
 */
public final class BulkActions {

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

    private void bulk(Function<List<Long>, BulkResult> change, String action) {
        List<Long> ids = selection.stream().map(Influencer::id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        background.run(() -> change.apply(ids), result -> {
            if (result.changed() > 0) {
                // Redoing makes a new change, whose own snapshot the next undo then needs.
                AtomicReference<Undo> last = new AtomicReference<>(result.undo());
                book.history().record(result.undo().description(), () -> {
                    outreachService.undo(last.get());
                    return null;
                }, () -> {
                    last.set(change.apply(ids).undo());
                    return null;
                });
            }
            status.show(result.summary(action) + (result.changed() > 0 ? " Ctrl+Z undoes it." : ""));
        }, failure -> dialogs.showError(Errors.describe(failure, action.toLowerCase(Locale.ROOT))));
    }

    private String selectionText() {
        return selection.size() == 1 ? selection.get(0).displayName() : selection.size() + " contacts";
    }

    /** Takes back the last change (of any screen). */
    public void undo() {
        book.history().undo();
    }

    /** Makes again the change last undone. */
    public void redo() {
        book.history().redo();
    }

    public BooleanBinding canUndoProperty() {
        return book.history().canUndoProperty();
    }

    public BooleanBinding canRedoProperty() {
        return book.history().canRedoProperty();
    }

    /** "Undo moved to Contacted", for the Edit menu. */
    public String undoText() {
        return book.history().undoText();
    }
}
