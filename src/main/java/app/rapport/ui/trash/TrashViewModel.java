package app.rapport.ui.trash;

import app.rapport.domain.TrashedContact;
import app.rapport.service.ContactService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** File › Trash…: deleted contacts, restorable until the Trash is emptied or they are 30 days old. */
public final class TrashViewModel {

    // Properties
    private final ObservableList<TrashedContact> trashed = FXCollections.observableArrayList();
    private final BooleanBinding empty = Bindings.isEmpty(trashed);

    private final ContactService service;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private final Runnable onRestored;

    /** @param onRestored shows restored contacts again (the app reloads the contact book) */
    public TrashViewModel(ContactService service, Background background, DialogService dialogs, StatusLine status,
            Runnable onRestored) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.onRestored = onRestored;
    }

    public void load() {
        background.run(service::trash, trashed::setAll,
                failure -> dialogs.showError(Errors.describe(failure, "open the Trash", "trash.errors.open")));
    }

    public void restore(TrashedContact contact) {
        change(() -> service.restore(contact.id()), "restore the contact", "trash.errors.restore", () -> {
            onRestored.run();
            status.show(Texts.text("trash.restore.done", contact.displayName()));
        });
    }

    public void deleteForever(TrashedContact contact) {
        if (dialogs.confirm(Texts.text("trash.delete.title"), Texts.text("trash.delete.question",
                contact.displayName()), Texts.text("trash.delete.confirm"))) {
            change(() -> service.deleteForever(contact.id()), "delete the contact", "trash.errors.delete",
                    () -> status.show(Texts.text("trash.delete.done", contact.displayName())));
        }
    }

    public void emptyTrash() {
        if (!trashed.isEmpty() && dialogs.confirm(Texts.text("trash.empty.title"),
                Texts.text("trash.empty.question", trashed.size()), Texts.text("trash.empty.confirm"))) {
            change(service::emptyTrash, "empty the Trash", "trash.errors.empty",
                    () -> status.show(Texts.text("trash.empty.done")));
        }
    }

    /**
     * @param action      what is done, for the log: "restore the contact"
     * @param sentenceKey the sentence the user sees when it fails for no reason of its own
     */
    private void change(Callable<?> work, String action, String sentenceKey, Runnable done) {
        background.run(work, result -> {
            done.run();
            load();
        }, failure -> dialogs.showError(Errors.describe(failure, action, sentenceKey)));
    }

    public ObservableList<TrashedContact> trashed() {
        return trashed;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }
}
