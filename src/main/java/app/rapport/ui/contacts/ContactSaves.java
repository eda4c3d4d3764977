package app.rapport.ui.contacts;

import app.rapport.domain.ContactMerge;
import app.rapport.domain.Influencer;
import app.rapport.service.ContactService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.function.Consumer;

/**
 * Saving the contact form: the saved contact shown everywhere; a save refused because someone else saved first
 * compared side by side; a save that found the team server out of reach kept, and made once it is back.
 */
final class ContactSaves {

    /** How contacts are compared when two people saved the same one. */
    static final EditConflicts.Kind<Influencer, ContactMerge.Part> CONTACTS = new EditConflicts.Kind<>(
            Influencer::displayName,
            mine -> Texts.text("contacts.saves.deletedElsewhere", mine.displayName()),
            ContactMerge::differences, ContactMerge::merge);

    private final ContactBook book;
    private final ContactEditorViewModel editor;
    private final StatusLine status;
    private final Consumer<Influencer> show;
    private final SaveFlow<Influencer, ContactMerge.Part> flow;

    ContactSaves(ContactService service, ContactBook book, ContactEditorViewModel editor, Background background,
            DialogService dialogs, StatusLine status, Consumer<Influencer> show) {
        this.book = book;
        this.editor = editor;
        this.status = status;
        this.show = show;
        this.flow = new SaveFlow<>(Influencer.class, service::save, service::countContacts, CONTACTS,
                "save the contact", "errors.saves.contact", background, dialogs);
    }

    /** Saves {@code draft}, made from {@code base} (the contact as opened; {@code null} for a new one). */
    void save(Influencer base, Influencer draft, Runnable then) {
        editor.savingProperty().set(true);
        flow.save(base, draft,
                () -> status.show(Texts.text("contacts.saves.serverAway")),
                (before, saved) -> shown(saved, Texts.text("contacts.saves.saved", saved.displayName()), then),
                theirs -> shown(theirs, Texts.text("contacts.saves.tookTheirs", theirs.displayName()), then),
                () -> editor.savingProperty().set(false));
    }

    /** Shows the contact as stored (first, so the list update finds a clean form), then everywhere. */
    private void shown(Influencer contact, String message, Runnable then) {
        editor.savingProperty().set(false);
        show.accept(contact);
        book.put(contact);
        status.show(message);
        if (then != null) {
            then.run();
        }
    }
}
