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
import app.rapport.ui.common.Texts;
import java.util.List;
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
        bulk(ids -> outreachService.moveAll(ids, status), "contacts.bulk.moved", "contacts.bulk.movedSkipping",
                status.label(), "move the contacts", "errors.bulk.move");
    }

    /** Asks for a tag and adds it to the selected contacts. */
    public void bulkAddTag() {
        dialogs.askText(selectionText("contacts.bulk.addTagToOne", "contacts.bulk.addTagToMany"),
                Texts.text("contacts.bulk.tagPrompt"), book.knownTags()).ifPresent(tag ->
                bulk(ids -> outreachService.addTag(ids, tag), "contacts.bulk.addedTag",
                        "contacts.bulk.addedTagSkipping", tag, "add a tag", "errors.bulk.addTag"));
    }

    /** Asks for a tag and removes it from the selected contacts. */
    public void bulkRemoveTag() {
        List<String> used = selection.stream().flatMap(c -> c.tags().stream()).distinct().sorted().toList();
        dialogs.askText(selectionText("contacts.bulk.removeTagFromOne", "contacts.bulk.removeTagFromMany"),
                Texts.text("contacts.bulk.tagPrompt"), used).ifPresent(tag ->
                bulk(ids -> outreachService.removeTag(ids, tag), "contacts.bulk.removedTag",
                        "contacts.bulk.removedTagSkipping", tag, "remove a tag", "errors.bulk.removeTag"));
    }

    /** Asks for a day and reason, and plans that follow-up for the selected contacts. */
    public void bulkPlanFollowUp() {
        dialogs.askFollowUpPlan(selectionText("contacts.bulk.planFollowUpForOne", "contacts.bulk.planFollowUpForMany"),
                null).ifPresent(plan -> bulk(ids -> outreachService.setFollowUps(ids, plan.day(), plan.reason()),
                        "contacts.bulk.plannedFollowUp", "contacts.bulk.plannedFollowUpSkipping", null,
                        "plan the follow-ups", "errors.bulk.planFollowUp"));
    }

    /** Clears the follow-ups of the selected contacts. */
    public void bulkClearFollowUp() {
        bulk(ids -> outreachService.setFollowUps(ids, null, null), "contacts.bulk.clearedFollowUp",
                "contacts.bulk.clearedFollowUpSkipping", null, "clear the follow-ups", "errors.bulk.clearFollowUp");
    }

    /**
     * @param doneKey     the status line's sentence: {0} contacts changed, {2} the status or tag
     * @param skippingKey the same, with {1} contacts skipped because they asked not to be contacted
     * @param subject     the status or tag the sentence names, {@code null} when it names none
     * @param action      what the user was doing, for the log: "move the contacts"
     * @param sentenceKey the sentence the user reads when the change fails for no reason of its own
     */
    private void bulk(Function<List<Long>, BulkResult> change, String doneKey, String skippingKey, String subject,
            String action, String sentenceKey) {
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
            String done = Texts.text(result.skipped() == 0 ? doneKey : skippingKey, result.changed(),
                    result.skipped(), subject);
            status.show(result.changed() > 0 ? Texts.text("contacts.bulk.undoable", done) : done);
        }, failure -> dialogs.showError(Errors.describe(failure, action, sentenceKey)));
    }

    /** The sentence under {@code oneKey} naming the one selected contact, or {@code manyKey} counting them. */
    private String selectionText(String oneKey, String manyKey) {
        return selection.size() == 1 ? Texts.text(oneKey, selection.get(0).displayName())
                : Texts.text(manyKey, selection.size());
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
