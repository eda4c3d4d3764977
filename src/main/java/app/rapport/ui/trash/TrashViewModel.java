package app.rapport.ui.trash;

import app.rapport.domain.TrashedContact;
import app.rapport.service.ContactService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
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
                failure -> dialogs.showError(Errors.describe(failure, "open the Trash")));
    }

    public void restore(TrashedContact contact) {
        change(() -> service.restore(contact.id()), "restore the contact", () -> {
            onRestored.run();
            status.show("Restored " + contact.displayName() + ".");
        });
    }

    public void deleteForever(TrashedContact contact) {
        if (dialogs.confirm("Delete for good", "Delete " + contact.displayName() + " for good, with their deals "
                + "and history? This cannot be undone.", "Delete for good")) {
            change(() -> service.deleteForever(contact.id()), "delete the contact",
                    () -> status.show("Deleted " + contact.displayName() + " for good."));
        }
    }

    public void emptyTrash() {
        if (!trashed.isEmpty() && dialogs.confirm("Empty the Trash", "Delete the " + trashed.size()
                + (trashed.size() == 1 ? " contact" : " contacts") + " in the Trash for good? This cannot be undone.",
                "Empty Trash")) {
            change(service::emptyTrash, "empty the Trash", () -> status.show("Emptied the Trash."));
        }
    }

    private void change(Callable<?> work, String action, Runnable done) {
        background.run(work, result -> {
            done.run();
            load();
        }, failure -> dialogs.showError(Errors.describe(failure, action)));
    }

    public ObservableList<TrashedContact> trashed() {
        return trashed;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }
}
