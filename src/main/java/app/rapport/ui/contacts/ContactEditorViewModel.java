package app.rapport.ui.contacts;

import app.rapport.domain.BrandFit;
import app.rapport.domain.Countries;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.InfluencerRules;
import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import app.rapport.domain.text.Messages;
import app.rapport.ui.common.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The contact form: the fields of one contact, their validation, and whether they differ from what is saved. */
public final class ContactEditorViewModel {

    // Properties: the fields
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty realName = new SimpleStringProperty(this, "realName", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final ObjectProperty<Countries.Country> country = new SimpleObjectProperty<>(this, "country");
    private final StringProperty languages = new SimpleStringProperty(this, "languages", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty audienceNotes = new SimpleStringProperty(this, "audienceNotes", "");
    private final ObjectProperty<Integer> fitRating = new SimpleObjectProperty<>(this, "fitRating");
    private final StringProperty redFlags = new SimpleStringProperty(this, "redFlags", "");
    private final StringProperty newNote = new SimpleStringProperty(this, "newNote", "");
    private final ObservableList<FitNote> notes = FXCollections.observableArrayList();
    private final ObservableList<AccountFormViewModel> accounts = FXCollections.observableArrayList(
            a -> a.observables().toArray(Observable[]::new));

    // Properties: the form's state
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper(this, "displayNameError", "");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper(this, "emailError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<Influencer> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");

    private final Clock clock;
    private final List<Countries.Country> countryChoices = Countries.all(Messages.locale());
    private List<Object> savedSnapshot = List.of();
    private boolean loading;

    public ContactEditorViewModel(Clock clock) {
        this.clock = clock;
        InvalidationListener refresh = obs -> refresh();
        List.<Observable>of(displayName, realName, email, phone, city, country, languages, tags, audienceNotes, fitRating,
                redFlags).forEach(p -> p.addListener(refresh));
        notes.addListener(refresh);
        accounts.addListener((ListChangeListener<AccountFormViewModel>) change -> refresh());
        refresh();
    }

    // Commands

    /** Starts a new, empty contact. */
    public void startNew() {
        show(null);
    }

    /** Shows a stored contact for editing. */
    public void edit(Influencer contact) {
        show(contact);
    }

    /** Leaves the form empty and inactive, as when nothing is selected. */
    public void clear() {
        show(null);
        active.set(false);
        refresh();
    }

    /** Drops the changes and shows the contact as saved. */
    public void revert() {
        show(original.get());
    }

    /** Adds an empty social account row. */
    public AccountFormViewModel addAccount() {
        AccountFormViewModel row = AccountFormViewModel.blank();
        accounts.add(row);
        return row;
    }

    public void removeAccount(AccountFormViewModel row) {
        accounts.remove(row);
    }

    /** Adds the typed brand-fit note, dated now. */
    public void addNote() {
        String text = Text.blankToNull(newNote.get());
        if (text != null) {
            notes.add(FitNote.at(clock.instant().truncatedTo(ChronoUnit.MILLIS), text));
            newNote.set("");
        }
    }

    public void removeNote(FitNote note) {
        notes.remove(note);
    }

    /** The contact as the form shows it; only meaningful when the form is valid. */
    public Influencer toContact() {
        accounts.forEach(AccountFormViewModel::commitHandle);
        Influencer before = original.get();
        Countries.Country c = country.get();
        List<FitNote> noteList = new ArrayList<>(notes);
        return new Influencer(
                before == null ? null : before.id(),
                displayName.get(), realName.get(), email.get(), phone.get(), city.get(),
                c == null ? null : c.code(),
                Tags.parse(languages.get()),
                Tags.parse(tags.get()),
                audienceNotes.get(),
                accounts.stream().map(AccountFormViewModel::toAccount).toList(),
                new BrandFit(fitRating.get(), redFlags.get(), noteList),
                before == null ? null : before.outreach(),
                before == null ? null : before.createdAt(),
                before == null ? null : before.updatedAt(),
                before == null ? 0 : before.version());
    }

    private void show(Influencer contact) {
        loading = true;
        try {
            original.set(contact);
            Influencer c = contact == null ? Influencer.named("") : contact;
            displayName.set(c.displayName());
            realName.set(Text.orEmpty(c.realName()));
            email.set(Text.orEmpty(c.email()));
            phone.set(Text.orEmpty(c.phone()));
            city.set(Text.orEmpty(c.city()));
            country.set(countryChoices.stream().filter(x -> x.code().equals(c.country())).findFirst().orElse(null));
            languages.set(Tags.format(c.languages()));
            tags.set(Tags.format(c.tags()));
            audienceNotes.set(Text.orEmpty(c.audienceNotes()));
            fitRating.set(c.fit().rating());
            redFlags.set(Text.orEmpty(c.fit().redFlags()));
            notes.setAll(c.fit().notes());
            newNote.set("");
            accounts.setAll(c.accounts().stream().map(AccountFormViewModel::of).toList());
            if (contact == null) {
                accounts.add(AccountFormViewModel.blank());
            }
            active.set(true);
        } finally {
            loading = false;
        }
        savedSnapshot = snapshot();
        refresh();
    }

    private void refresh() {
        if (loading) {
            return;
        }
        displayNameError.set(InfluencerRules.checkDisplayName(displayName.get()).orElse(""));
        emailError.set(InfluencerRules.checkEmail(email.get()).orElse(""));
        boolean accountsValid = accounts.stream().allMatch(AccountFormViewModel::isValid);
        valid.set(displayNameError.get().isEmpty() && emailError.get().isEmpty() && accountsValid);
        dirty.set(active.get() && !snapshot().equals(savedSnapshot));
        String name = Text.blankToNull(displayName.get());
        title.set(original.get() != null ? original.get().displayName()
                : name == null ? Texts.text("contacts.editor.newContactTitle") : name);
    }

    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>(Arrays.asList(displayName.get(), realName.get(), email.get(),
                phone.get(), city.get(), country.get(), languages.get(), tags.get(), audienceNotes.get(),
                fitRating.get(), redFlags.get(), List.copyOf(notes)));
        accounts.forEach(a -> values.add(a.snapshot()));
        return values;
    }

    // Properties, as the view binds them

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty realNameProperty() {
        return realName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public ObjectProperty<Countries.Country> countryProperty() {
        return country;
    }

    public List<Countries.Country> countryChoices() {
        return countryChoices;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty audienceNotesProperty() {
        return audienceNotes;
    }

    public ObjectProperty<Integer> fitRatingProperty() {
        return fitRating;
    }

    public StringProperty redFlagsProperty() {
        return redFlags;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    public ObservableList<FitNote> notes() {
        return notes;
    }

    public ObservableList<AccountFormViewModel> accounts() {
        return accounts;
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return displayNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    /** Whether every field holds an acceptable value. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the form differs from what is saved, or from the blank form for a new contact. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the form shows a contact at all. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The contact as last saved, {@code null} for a new one. */
    public ReadOnlyObjectProperty<Influencer> originalProperty() {
        return original.getReadOnlyProperty();
    }

    /** Set while a save is running, so Save cannot be pressed twice. */
    BooleanProperty savingProperty() {
        return saving;
    }

    /** The user's date, from the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isValid() {
        return valid.get();
    }
}
