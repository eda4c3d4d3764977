package app.rapport.ui.contacts;

import app.rapport.domain.FieldChange;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.StatusChange;
import app.rapport.domain.Text;
import app.rapport.service.OutreachService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Outreach tab of a contact: status and its history, the next follow-up, and the interaction log. */
public final class OutreachViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<Influencer> contact = new ReadOnlyObjectWrapper<>(this, "contact");
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ObservableList<FieldChange> fieldChanges = FXCollections.observableArrayList();
    private final ObservableList<Interaction> interactions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> followUpOn = new SimpleObjectProperty<>(this, "followUpOn");
    private final StringProperty followUpReason = new SimpleStringProperty(this, "followUpReason", "");
    private final ObjectProperty<LocalDate> interactionDay = new SimpleObjectProperty<>(this, "interactionDay");
    private final StringProperty interactionTime = new SimpleStringProperty(this, "interactionTime", "");
    private final ObjectProperty<Interaction.Channel> channel =
            new SimpleObjectProperty<>(this, "channel", Interaction.Channel.EMAIL);
    private final ObjectProperty<Interaction.Direction> direction =
            new SimpleObjectProperty<>(this, "direction", Interaction.Direction.OUTBOUND);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper(this, "timeError", "");
    private final BooleanBinding canLog;
    private final BooleanBinding active;

    private final OutreachService outreach;
    private final ContactBook book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final Clock clock;

    public OutreachViewModel(OutreachService outreach, ContactBook book, Background background,
            DialogService dialogs, StatusLine statusLine, Clock clock) {
        this.outreach = outreach;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.clock = clock;
        interactionTime.addListener((obs, old, text) -> timeError.set(parseTime(text) == null
                ? Texts.text("contacts.outreach.timeError") : ""));
        active = Bindings.createBooleanBinding(() -> contact.get() != null && contact.get().id() != null, contact);
        canLog = active.and(summary.isNotEmpty()).and(timeError.isEmpty()).and(interactionDay.isNotNull());
        resetInteractionForm();
    }

    /** Shows a contact's outreach (or nothing, for a new unsaved contact). */
    public void show(Influencer shown) {
        boolean other = contact.get() == null || shown == null || !Objects.equals(contact.get().id(), shown.id());
        contact.set(shown);
        followUpOn.set(shown == null ? null : shown.outreach().followUpOn());
        followUpReason.set(shown == null ? "" : Text.orEmpty(shown.outreach().followUpReason()));
        if (other) {
            history.clear();
            fieldChanges.clear();
            interactions.clear();
            resetInteractionForm();
        }
        if (shown != null && shown.id() != null) {
            long id = shown.id();
            background.run(() -> new Logs(outreach.history(id), outreach.interactions(id),
                    outreach.fieldChanges(id)), logs -> {
                if (contact.get() != null && Objects.equals(contact.get().id(), id)) {
                    history.setAll(logs.history());
                    fieldChanges.setAll(logs.changes());
                    interactions.setAll(logs.interactions());
                }
            }, failure -> dialogs.showError(Errors.describe(failure, "load the outreach history",
                    "errors.outreach.loadHistory")));
        }
    }

    private record Logs(List<StatusChange> history, List<Interaction> interactions, List<FieldChange> changes) {
    }

    // Commands

    /** Moves the contact to a status, recording the move. */
    public void moveTo(OutreachStatus status) {
        Influencer c = contact.get();
        if (c == null || c.id() == null || c.outreach().status() == status) {
            return;
        }
        OutreachStatus from = c.outreach().status();
        background.run(() -> outreach.moveTo(c.id(), status), moved -> {
            changed(moved);
            book.history().record("move of " + moved.displayName() + " to " + status.label(),
                    () -> outreach.moveTo(c.id(), from), () -> outreach.moveTo(c.id(), status));
        }, failure -> dialogs.showError(Errors.describe(failure, "change the status", "errors.outreach.changeStatus")));
    }

    /** Saves the follow-up day and reason as typed. */
    public void saveFollowUp() {
        Influencer c = contact.get();
        if (c == null || c.id() == null) {
            return;
        }
        LocalDate day = followUpOn.get();
        String reason = followUpReason.get();
        background.run(() -> outreach.setFollowUp(c.id(), day, reason), updated -> {
            changed(updated);
            statusLine.show(day == null ? Texts.text("contacts.outreach.followUpCleared")
                    : Texts.text("contacts.outreach.followUpPlanned"));
        }, failure -> dialogs.showError(Errors.describe(failure, "plan the follow-up",
                "errors.outreach.planFollowUp")));
    }

    /** Removes the planned follow-up. */
    public void clearFollowUp() {
        followUpOn.set(null);
        followUpReason.set("");
        saveFollowUp();
    }

    /** Logs the interaction typed in the form, then offers the status move it suggests. */
    public void logInteraction() {
        Influencer c = contact.get();
        if (!canLog.get()) {
            return;
        }
        ZonedDateTime at = interactionDay.get().atTime(parseTime(interactionTime.get())).atZone(clock.getZone());
        Interaction interaction = new Interaction(null, c.id(), at.toInstant(), channel.get(), direction.get(),
                summary.get(), details.get());
        background.run(() -> outreach.log(interaction), logged -> {
            interactions.add(0, logged.interaction());
            book.search().addInteractionText(c.id(), logged.interaction().summary());
            interactions.sort((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
            resetInteractionForm();
            statusLine.show(Texts.text("contacts.outreach.logged", logged.interaction().summary()));
            offer(c, logged.suggestedStatus());
        }, failure -> dialogs.showError(Errors.describe(failure, "log the interaction",
                "errors.outreach.logInteraction")));
    }

    /** Offers a status move after an interaction: one click, never silent. */
    void offer(Influencer c, OutreachStatus suggested) {
        if (suggested != null && dialogs.confirm(Texts.text("contacts.outreach.moveTitle", suggested.label()),
                Texts.text("contacts.outreach.moveQuestion", c.displayName(), suggested.label()),
                Texts.text("contacts.outreach.moveButton", suggested.label()))) {
            background.run(() -> outreach.moveTo(c.id(), suggested), this::changed,
                    failure -> dialogs.showError(Errors.describe(failure, "change the status",
                            "errors.outreach.changeStatus")));
        }
    }

    /** Deletes a logged interaction after asking. */
    public void deleteInteraction(Interaction interaction) {
        if (dialogs.confirm(Texts.text("contacts.outreach.deleteInteractionTitle"),
                Texts.text("contacts.outreach.deleteInteractionQuestion", interaction.summary()),
                Texts.text("contacts.outreach.deleteInteractionButton"))) {
            background.run(() -> {
                outreach.deleteInteraction(interaction.id());
                return interaction;
            }, deleted -> interactions.remove(deleted),
                    failure -> dialogs.showError(Errors.describe(failure, "delete the interaction",
                            "errors.outreach.deleteInteraction")));
        }
    }

    private void changed(Influencer updated) {
        book.put(updated);
        show(updated);
    }

    private void resetInteractionForm() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        interactionDay.set(now.toLocalDate());
        interactionTime.set(String.format("%02d:%02d", now.getHour(), now.getMinute()));
        summary.set("");
        details.set("");
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // Properties

    public ReadOnlyObjectProperty<Influencer> contactProperty() {
        return contact.getReadOnlyProperty();
    }

    /** Who changed which field of the contact, newest first. */
    public ObservableList<FieldChange> fieldChanges() {
        return fieldChanges;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<Interaction> interactions() {
        return interactions;
    }

    public ObjectProperty<LocalDate> followUpOnProperty() {
        return followUpOn;
    }

    public StringProperty followUpReasonProperty() {
        return followUpReason;
    }

    public ObjectProperty<LocalDate> interactionDayProperty() {
        return interactionDay;
    }

    public StringProperty interactionTimeProperty() {
        return interactionTime;
    }

    public ObjectProperty<Interaction.Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Interaction.Direction> directionProperty() {
        return direction;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    public BooleanBinding canLogProperty() {
        return canLog;
    }

    /** Whether a saved contact is shown (a new one has no outreach yet). */
    public BooleanBinding activeProperty() {
        return active;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
