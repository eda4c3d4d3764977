package app.rapport.ui.contacts;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Influencer;
import app.rapport.domain.ServerUnreachableException;
import app.rapport.service.ContactService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Saving the contact form: the saved contact shown everywhere; a save refused because someone else saved first
 * compared side by side; a save that found the team server out of reach kept, and made once it is back.
 */
final class ContactSaves {

    /** How long a save waits for a team server that is out of reach before it gives up and says so. */
    static final Duration SERVER_WAIT = Duration.ofMinutes(10);

    private final ContactService service;
    private final ContactBook book;
    private final ContactEditorViewModel editor;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private final Consumer<Influencer> show;

    ContactSaves(ContactService service, ContactBook book, ContactEditorViewModel editor, Background background,
            DialogService dialogs, StatusLine status, Consumer<Influencer> show) {
        this.service = service;
        this.book = book;
        this.editor = editor;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.show = show;
    }

    /** Saves {@code draft}, made from {@code base} (the contact as opened; {@code null} for a new one). */
    void save(Influencer base, Influencer draft, Runnable then) {
        editor.savingProperty().set(true);
        background.run(() -> service.save(draft), saved -> {
            editor.savingProperty().set(false);
            shown(saved, "Saved " + saved.displayName() + ".", then);
        }, failure -> {
            editor.savingProperty().set(false);
            if (failure instanceof ChangedElsewhereException changed && base != null) {
                EditConflicts.resolve(dialogs, base, draft, changed.current(Influencer.class),
                        theirs -> shown(theirs, "Took their version of " + theirs.displayName() + ".", then),
                        (theirs, merged) -> save(theirs, merged, then));
            } else if (failure instanceof ServerUnreachableException) {
                saveWhenServerIsBack(base, draft, then);
            } else {
                dialogs.showError(Errors.describe(failure, "save the contact"));
            }
        });
    }

    private void saveWhenServerIsBack(Influencer base, Influencer draft, Runnable then) {
        status.show("The team server cannot be reached: your changes are kept, and saved once it is back.");
        editor.savingProperty().set(true);
        background.run(() -> {
            service.waitUntilReachable(SERVER_WAIT);
            return null;
        }, back -> save(base, draft, then), failure -> {
            editor.savingProperty().set(false);
            dialogs.showError(Errors.describe(failure, "save the contact"));
        });
    }

    /** Shows the contact as stored (first, so the list update finds a clean form), then everywhere. */
    private void shown(Influencer contact, String message, Runnable then) {
        show.accept(contact);
        book.put(contact);
        status.show(message);
        if (then != null) {
            then.run();
        }
    }
}
