package app.rapport.ui.common;

import app.rapport.domain.Influencer;
import app.rapport.service.ContactService;
import app.rapport.service.OutreachService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contacts every screen shows, held once: the table, the pipeline board and the Today list
 * all read this list, so a change made on one screen shows on the others at once.
 */
public final class ContactBook {

    private final ObservableList<Influencer> contacts = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final ContactService contactService;
    private final OutreachService outreachService;
    private final Background background;
    private final DialogService dialogs;

    public ContactBook(ContactService contactService, OutreachService outreachService, Background background,
            DialogService dialogs) {
        this.contactService = contactService;
        this.outreachService = outreachService;
        this.background = background;
        this.dialogs = dialogs;
    }

    private record Loaded(List<Influencer> contacts, List<String> tags) {
    }

    /** Loads every contact, after the no-reply rule has planned the follow-ups it should. */
    public void load(Runnable then) {
        background.run(() -> {
            outreachService.applyNoReplyRule();
            return new Loaded(contactService.listContacts(), contactService.knownTags());
        }, result -> {
            contacts.setAll(result.contacts());
            knownTags.setAll(result.tags());
            loaded.set(true);
            then.run();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the contacts")));
    }

    /** Shows a changed or new contact everywhere. */
    public void put(Influencer contact) {
        for (int i = 0; i < contacts.size(); i++) {
            if (Objects.equals(contacts.get(i).id(), contact.id())) {
                contacts.set(i, contact);
                addTags(contact);
                return;
            }
        }
        contacts.add(contact);
        addTags(contact);
    }

    /** Removes a deleted contact everywhere. */
    public void remove(Influencer contact) {
        contacts.removeIf(c -> Objects.equals(c.id(), contact.id()));
    }

    /** The contact with this id as currently shown. */
    public Optional<Influencer> find(long id) {
        return contacts.stream().filter(c -> c.id() == id).findFirst();
    }

    private void addTags(Influencer contact) {
        contact.tags().stream().filter(t -> knownTags.stream().noneMatch(t::equalsIgnoreCase)).forEach(knownTags::add);
        FXCollections.sort(knownTags, String.CASE_INSENSITIVE_ORDER);
    }

    public ObservableList<Influencer> contacts() {
        return contacts;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
