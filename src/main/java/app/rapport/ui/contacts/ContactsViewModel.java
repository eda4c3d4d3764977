package app.rapport.ui.contacts;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Text;
import app.rapport.service.ContactService;
import app.rapport.service.ExportService;
import app.rapport.service.OutreachService;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The contacts screen: the list, its quick filter, the selection and the commands on them. */
public final class ContactsViewModel {

    // Properties
    private final ObservableList<Influencer> contacts;
    private final MatchedList<Influencer> visibleContacts;
    private final ReadOnlyObjectWrapper<Influencer> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<Influencer> selection = FXCollections.observableArrayList();
    private final ObjectProperty<EditorTab> tab = new SimpleObjectProperty<>(this, "tab", EditorTab.PROFILE);
    private final ReadOnlyIntegerWrapper newContactsStarted = new ReadOnlyIntegerWrapper(this, "newContactsStarted");
    private final BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
    private final BooleanBinding empty;
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;

    private final ContactService service;
    private final SearchViewModel search;
    private final ContactExport export;
    private ObservableList<Influencer> displayOrder;
    private final OutreachService outreachService;
    private final ContactBook book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private final ContactEditorViewModel editor;
    private final ContactSaves saves;
    private final OutreachViewModel outreach;
    private final BulkActions bulk;
    private Consumer<List<Influencer>> messages = recipients -> { };
    private Consumer<List<Influencer>> campaignAdder = contacts -> { };
    private Consumer<Path> importer = file -> { };

    public ContactsViewModel(ContactService service, OutreachService outreachService, ExportService exports,
            SettingsService settings, ContactBook book, ContactEditorViewModel editor, OutreachViewModel outreach,
            Background background, DialogService dialogs, StatusLine status) {
        this.export = new ContactExport(exports, settings, background, dialogs, status);
        this.outreachService = outreachService;
        this.status = status;
        this.outreach = outreach;
        this.bulk = new BulkActions(selection, outreachService, book, background, dialogs, status);
        this.service = service;
        this.book = book;
        this.contacts = book.contacts();
        this.visibleContacts = new MatchedList<>(contacts);
        this.displayOrder = visibleContacts;
        this.editor = editor;
        this.saves = new ContactSaves(service, book, editor, background, dialogs, status, this::show);
        this.background = background;
        this.dialogs = dialogs;
        this.search = new SearchViewModel(book);
        search.compiledSearchProperty().addListener((obs, old, compiled) -> {
            visibleContacts.setMatcher(compiled == null ? null : list -> book.search().matches(list, compiled));
            status.show(countText());
        });
        empty = Bindings.createBooleanBinding(() -> book.loadedProperty().get() && contacts.isEmpty(),
                book.loadedProperty(), contacts);
        visibleContacts.addListener((ListChangeListener<Influencer>) c -> status.show(countText()));
        canSave = editor.activeProperty().and(editor.dirtyProperty()).and(editor.validProperty())
                .and(editor.savingProperty().not());
        canDelete = selected.isNotNull();
    }

    // Commands

    /** Shows the first contacts as soon as they are read; {@link #load} brings the rest. */
    public void loadFirstPage() {
        book.loadFirstPage();
    }

    /** Loads every contact from the workspace. */
    public void load() {
        book.load(() -> status.show(countText()));
    }

    /** The contacts selected in the table, for bulk actions. */
    public void setSelection(List<Influencer> contacts) {
        selection.setAll(contacts);
    }

    /** Asks what to export and where, then writes the sheet with progress and a way to cancel. */
    public void export() {
        String query = search.queryTextProperty().get().strip();
        String quickFilter = query.isEmpty() ? "" : Texts.text("contacts.list.exportMatching", query);
        export.run(new ContactExport.Lists(List.copyOf(displayOrder), List.copyOf(selection), List.copyOf(contacts),
                quickFilter));
    }

    /** The contacts in the order the table shows them; the view sets it (its sort). */
    public void setDisplayOrder(ObservableList<Influencer> sorted) {
        this.displayOrder = sorted;
    }

    /** Asks for a spreadsheet or address book and opens the import wizard on it. */
    public void importContacts() {
        dialogs.chooseOpenFile(Texts.text("contacts.list.importTitle"), "csv", "tsv", "txt", "xlsx", "vcf")
                .ifPresent(importer);
    }

    /** What importing a chosen file means (the app opens the wizard). */
    public void setImporter(Consumer<Path> importer) {
        this.importer = importer;
    }

    /** Opens the message window for the selected contacts (or the one in the form). */
    public void writeMessage() {
        List<Influencer> recipients = selection.size() > 1 ? List.copyOf(selection)
                : selected.get() == null ? List.of() : List.of(selected.get());
        if (recipients.isEmpty()) {
            dialogs.showError(Texts.text("contacts.list.selectToWrite"));
            return;
        }
        messages.accept(recipients);
    }

    /** Shortlists the selected contacts (or, with {@code allShown}, every contact the filter shows). */
    public void addToCampaign(boolean allShown) {
        List<Influencer> chosen = allShown ? List.copyOf(visibleContacts) : List.copyOf(selection);
        if (chosen.isEmpty()) {
            dialogs.showError(Texts.text("contacts.list.selectToAdd"));
            return;
        }
        campaignAdder.accept(chosen);
    }

    /** What adding to a campaign means; the app sets it. */
    public void setCampaignAdder(Consumer<List<Influencer>> adder) {
        this.campaignAdder = adder;
    }

    /** What opening the message window means; the app sets it. */
    public void setMessageWriter(Consumer<List<Influencer>> writer) {
        this.messages = writer;
    }

    /**
     * Asks to show another contact. Unsaved changes are saved, discarded or kept as the user chooses.
     *
     * @return whether the selection may change now (after a save it changes once the save is done)
     */
    public boolean select(Influencer contact) {
        Influencer current = selected.get();
        if (contact != null && current != null && Objects.equals(contact.id(), current.id())
                && editor.activeProperty().get()) {
            // Changed elsewhere (board, another person): an edited form stays, a save compares; a clean one updates.
            if (!editor.dirtyProperty().get()) {
                show(contact);
            } else {
                selected.set(contact);
                outreach.show(contact);
            }
            return true;
        }
        return leave(() -> show(contact));
    }

    /**
     * Starts a new contact in the form, on its Profile tab: the other tabs only say "Save the contact first", and
     * what the user types next belongs in the name.
     */
    public void newContact() {
        leave(() -> {
            selected.set(null);
            editor.startNew();
            outreach.show(null);
            tab.set(EditorTab.PROFILE);
            newContactsStarted.set(newContactsStarted.get() + 1);
        });
    }

    /** Shows a contact on its Deals tab (a deal opened from a campaign); unsaved changes are asked about first. */
    public void openDeals(Influencer contact) {
        Influencer current = selected.get();
        if (current != null && Objects.equals(current.id(), contact.id()) && editor.activeProperty().get()) {
            tab.set(EditorTab.DEALS);
            return;
        }
        leave(() -> {
            show(contact);
            tab.set(EditorTab.DEALS);
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

    /** Moves every selected contact to the Trash in one step, after the user confirms; one Ctrl+Z brings them back. */
    public void deleteSelected() {
        List<Long> ids = selection.stream().map(Influencer::id).filter(Objects::nonNull).toList();
        if (ids.size() < 2) {
            delete();
            return;
        }
        if (!dialogs.confirm(Texts.text("contacts.list.deleteManyTitle"),
                Texts.text("contacts.list.deleteManyQuestion", ids.size(), ContactService.TRASH_DAYS),
                Texts.text("contacts.list.moveToTrashButton"))) {
            return;
        }
        background.run(() -> service.deleteAll(ids), moved -> {
            show(null);
            book.history().record("delete of " + moved + " contacts", () -> service.restoreAll(ids),
                    () -> service.deleteAll(ids));
            status.show(Texts.text("contacts.list.deletedMany", moved));
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the contacts", "errors.contacts.deleteMany")));
    }

    /** Moves the selected contact to the Trash after the user confirms; Ctrl+Z or File › Trash brings it back. */
    public void delete() {
        Influencer contact = selected.get();
        if (contact == null || !dialogs.confirm(Texts.text("contacts.list.deleteOneTitle"),
                Texts.text("contacts.list.deleteOneQuestion", contact.displayName(), ContactService.TRASH_DAYS),
                Texts.text("contacts.list.moveToTrashButton"))) {
            return;
        }
        background.run(() -> service.delete(contact.id()), deleted -> {
            int index = visibleContacts.indexOf(contact);
            book.remove(contact);
            Influencer next = visibleContacts.isEmpty() ? null
                    : visibleContacts.get(Math.min(Math.max(index, 0), visibleContacts.size() - 1));
            show(next);
            book.history().record("delete of " + contact.displayName(), () -> service.restore(contact.id()),
                    () -> service.delete(contact.id()));
            status.show(Texts.text("contacts.list.deletedOne", contact.displayName(), countText()));
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the contact", "errors.contacts.deleteOne")));
    }

    /** Adds the fictional sample contacts through the same service a save uses. */
    public void loadSample() {
        background.run(service::loadSample, added -> {
            status.show(Texts.text("contacts.list.sampleAdded", added));
            load();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the sample contacts",
                "errors.contacts.loadSamples")));
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
                    dialogs.showError(Texts.text("contacts.list.cannotSaveYet"));
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
        saves.save(editor.originalProperty().get(), editor.toContact(), then);
    }

    private void show(Influencer contact) {
        selected.set(contact);
        if (contact == null) {
            editor.clear();
        } else {
            editor.edit(contact);
        }
        outreach.show(contact);
    }

    private String countText() {
        int all = contacts.size();
        int shown = visibleContacts.size();
        // Grouped as the user writes numbers: "2,641 of 100,000 contacts".
        return shown == all ? Texts.text("contacts.list.count", all)
                : Texts.text("contacts.list.countShown", shown, all);
    }

    // Properties, as the view binds them

    /** The contacts that pass the quick filter. */
    public ObservableList<Influencer> visibleContacts() {
        return visibleContacts;
    }

    /** The search box's text (the search language), as {@link SearchViewModel} reads it. */
    public StringProperty filterTextProperty() {
        return search.queryTextProperty();
    }

    /** The search box and filter chips. */
    public SearchViewModel search() {
        return search;
    }

    public ReadOnlyObjectProperty<Influencer> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether the workspace holds no contact at all (after loading). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return book.loadedProperty();
    }

    /** A short line for the status bar: counts, or what just happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.messageProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    public ObservableList<String> knownTags() {
        return book.knownTags();
    }

    /** The form's tab the user sees; the view follows it and sets it as the user picks tabs. */
    public ObjectProperty<EditorTab> tabProperty() {
        return tab;
    }

    /** Counts the new contacts started, so that the form puts the cursor in the name each time. */
    public ReadOnlyIntegerProperty newContactsStartedProperty() {
        return newContactsStarted.getReadOnlyProperty();
    }

    public ContactEditorViewModel editor() {
        return editor;
    }

    public OutreachViewModel outreach() {
        return outreach;
    }

    public ObservableList<Influencer> selection() {
        return selection;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** The bulk actions on the selection, with their undo. */
    public BulkActions bulk() {
        return bulk;
    }

    /** All contacts, filtered or not. */
    public List<Influencer> allContacts() {
        return List.copyOf(contacts);
    }
}
