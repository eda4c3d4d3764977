package app.rapport.ui.contacts;

import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import app.rapport.service.ContactService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The contacts screen: the list, its quick filter, the selection and the commands on them. */
public final class ContactsViewModel {

    // Properties
    private final ObservableList<Influencer> contacts = FXCollections.observableArrayList();
    private final FilteredList<Influencer> visibleContacts = new FilteredList<>(contacts);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<Influencer> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final BooleanBinding empty;
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;

    private final ContactService service;
    private final Background background;
    private final DialogService dialogs;
    private final ContactEditorViewModel editor;

    public ContactsViewModel(ContactService service, ContactEditorViewModel editor, Background background,
            DialogService dialogs) {
        this.service = service;
        this.editor = editor;
        this.background = background;
        this.dialogs = dialogs;
        filterText.addListener((obs, old, text) -> applyFilter(text));
        empty = Bindings.createBooleanBinding(() -> loaded.get() && contacts.isEmpty(), loaded, contacts);
        canSave = editor.activeProperty().and(editor.dirtyProperty()).and(editor.validProperty())
                .and(editor.savingProperty().not());
        canDelete = selected.isNotNull();
    }

    // Commands

    /** Loads every contact from the workspace. */
    public void load() {
        background.run(() -> new Loaded(service.listContacts(), service.knownTags()), result -> {
            contacts.setAll(result.contacts());
            knownTags.setAll(result.tags());
            loaded.set(true);
            status.set(countText());
        }, failure -> dialogs.showError(Errors.describe(failure, "load the contacts")));
    }

    private record Loaded(List<Influencer> contacts, List<String> tags) {
    }

    /**
     * Asks to show another contact. Unsaved changes are saved, discarded or kept as the user chooses.
     *
     * @return whether the selection may change now (after a save it changes once the save is done)
     */
    public boolean select(Influencer contact) {
        if (Objects.equals(contact, selected.get()) && editor.activeProperty().get()) {
            return true;
        }
        return leave(() -> show(contact));
    }

    /** Starts a new contact in the form. */
    public void newContact() {
        leave(() -> {
            selected.set(null);
            editor.startNew();
        });
    }

    /** Saves the form; on success the saved contact is selected. */
    public void save() {
        save(null);
    }

    /** Drops unsaved changes. */
    public void revert() {
        editor.revert();
    }

    /** Deletes the selected contact after the user confirms. */
    public void delete() {
        Influencer contact = selected.get();
        if (contact == null || !dialogs.confirm("Delete contact",
                "Delete " + contact.displayName() + " and all of their accounts and notes?", "Delete")) {
            return;
        }
        background.run(() -> service.delete(contact.id()), deleted -> {
            int index = visibleContacts.indexOf(contact);
            contacts.remove(contact);
            Influencer next = visibleContacts.isEmpty() ? null
                    : visibleContacts.get(Math.min(Math.max(index, 0), visibleContacts.size() - 1));
            show(next);
            status.set("Deleted " + contact.displayName() + ". " + countText());
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the contact")));
    }

    /** Adds the fictional sample contacts through the same service a save uses. */
    public void loadSample() {
        background.run(service::loadSample, added -> {
            status.set("Added " + added + " sample contacts.");
            load();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the sample contacts")));
    }

    /**
     * Runs {@code then} once unsaved changes are dealt with: saved (then runs after the save),
     * discarded, or kept (then does not run).
     *
     * @return whether {@code then} ran at once
     */
    public boolean leave(Runnable then) {
        if (!editor.isDirty()) {
            then.run();
            return true;
        }
        switch (dialogs.askUnsaved(Text.blankToNull(editor.titleProperty().get()) == null
                ? "this contact" : editor.titleProperty().get())) {
            case SAVE -> {
                if (!editor.isValid()) {
                    dialogs.showError("This contact cannot be saved yet: correct the fields marked in red first.");
                    return false;
                }
                save(then);
                return false;
            }
            case DISCARD -> {
                then.run();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void save(Runnable then) {
        if (!editor.isValid()) {
            return;
        }
        Influencer draft = editor.toContact();
        editor.savingProperty().set(true);
        background.run(() -> service.save(draft), saved -> {
            editor.savingProperty().set(false);
            // Show the saved version first, so the list update below finds a clean form.
            show(saved);
            replaceOrAdd(saved);
            status.set("Saved " + saved.displayName() + ".");
            refreshTags(saved);
            if (then != null) {
                then.run();
            }
        }, failure -> {
            editor.savingProperty().set(false);
            dialogs.showError(Errors.describe(failure, "save the contact"));
        });
    }

    private void show(Influencer contact) {
        selected.set(contact);
        if (contact == null) {
            editor.clear();
        } else {
            editor.edit(contact);
        }
    }

    private void replaceOrAdd(Influencer saved) {
        for (int i = 0; i < contacts.size(); i++) {
            if (Objects.equals(contacts.get(i).id(), saved.id())) {
                contacts.set(i, saved);
                return;
            }
        }
        contacts.add(saved);
    }

    private void refreshTags(Influencer saved) {
        saved.tags().stream().filter(t -> knownTags.stream().noneMatch(t::equalsIgnoreCase)).forEach(knownTags::add);
        FXCollections.sort(knownTags, String.CASE_INSENSITIVE_ORDER);
    }

    private void applyFilter(String text) {
        String wanted = Text.fold(text).strip();
        if (wanted.isEmpty()) {
            visibleContacts.setPredicate(null);
        } else {
            visibleContacts.setPredicate(c -> Text.fold(c.displayName()).contains(wanted)
                    || Text.fold(c.realName()).contains(wanted)
                    || c.accounts().stream().map(SocialAccount::handle).anyMatch(h -> Text.fold(h).contains(wanted)));
        }
        status.set(countText());
    }

    private String countText() {
        int all = contacts.size();
        int shown = visibleContacts.size();
        String noun = all == 1 ? " contact" : " contacts";
        return shown == all ? all + noun : shown + " of " + all + noun;
    }

    // Properties, as the view binds them

    /** The contacts that pass the quick filter. */
    public ObservableList<Influencer> visibleContacts() {
        return visibleContacts;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<Influencer> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether the workspace holds no contact at all (after loading). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A short line for the status bar: counts, or what just happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public ContactEditorViewModel editor() {
        return editor;
    }

    /** All contacts, filtered or not. */
    public List<Influencer> allContacts() {
        return List.copyOf(contacts);
    }
}
