package app.rapport.ui.today;

import app.rapport.domain.FollowUpAgenda;
import app.rapport.domain.Influencer;
import app.rapport.domain.RightsReminder;
import app.rapport.service.DealService;
import app.rapport.service.OutreachService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Today list: overdue follow-ups, those due today and later this week, and what to do with each. */
public final class TodayViewModel {

    // Properties
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper(this, "dueCount");

    private final ContactBook book;
    private final OutreachService outreach;
    private final DealService deals;
    private List<RightsReminder> reminders = List.of();
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final Clock clock;
    private final DayOfWeek firstDayOfWeek;
    private Consumer<Influencer> opener = contact -> { };

    public TodayViewModel(ContactBook book, OutreachService outreach, DealService deals, Background background,
            DialogService dialogs, StatusLine statusLine, Clock clock, DayOfWeek firstDayOfWeek) {
        this.book = book;
        this.deals = deals;
        this.outreach = outreach;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.clock = clock;
        this.firstDayOfWeek = firstDayOfWeek;
        book.contacts().addListener((InvalidationListener) obs -> rebuild());
        // Rights that end soon are read when the screen is first shown, not while the app starts.
        rebuild();
    }

    /** Rebuilds the list, reloading rights that end soon (the screen calls this whenever it is shown). */
    public void refresh() {
        rebuild();
        background.run(deals::rightsEnding, list -> {
            reminders = list;
            rebuild();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the rights that end soon",
                "today.errors.loadRights")));
    }

    /** Rebuilds the list from the contacts as they are now. */
    private void rebuild() {
        LocalDate today = today();
        FollowUpAgenda agenda = FollowUpAgenda.of(book.contacts(), today, firstDayOfWeek);
        List<TodayRow> list = new ArrayList<>();
        group(list, Texts.text("today.groups.overdue"), agenda.overdue(), true);
        group(list, Texts.text("today.groups.today"), agenda.today(), false);
        group(list, Texts.text("today.groups.laterThisWeek"), agenda.thisWeek(), false);
        if (!reminders.isEmpty()) {
            list.add(new TodayRow.Heading(Texts.text("today.groups.rightsEnding", RightsReminder.WITHIN_DAYS),
                    reminders.size(), false));
            reminders.forEach(r -> list.add(new TodayRow.Reminder(r)));
        }
        rows.setAll(list);
        dueCount.set(agenda.dueCount());
    }

    private static void group(List<TodayRow> list, String title, List<Influencer> contacts, boolean overdue) {
        if (!contacts.isEmpty()) {
            list.add(new TodayRow.Heading(title, contacts.size(), overdue));
            contacts.forEach(c -> list.add(new TodayRow.Entry(c, overdue)));
        }
    }

    // Commands

    /** Done: asks what was done, logs it, then plans the next follow-up or clears it. */
    public void done(Influencer contact) {
        dialogs.askFollowUpDone(contact.displayName(), contact.outreach().followUpReason()).ifPresent(answer ->
                background.run(() -> outreach.completeFollowUp(contact.id(), answer.channel(), answer.summary(),
                                answer.next()),
                        updated -> {
                            book.put(updated);
                            statusLine.show(Texts.text("today.status.followedUp", updated.displayName()));
                        },
                        failure -> dialogs.showError(Errors.describe(failure, "mark the follow-up done",
                                "today.errors.markDone"))));
    }

    /** Snooze by whole days from today. */
    public void snooze(Influencer contact, int days) {
        snoozeUntil(contact, today().plusDays(days));
    }

    /** Snooze to a day the user picks. */
    public void snoozeToPickedDay(Influencer contact) {
        dialogs.pickDate(Texts.text("today.snooze.untilTitle"), today().plusDays(1)).ifPresent(day -> snoozeUntil(contact, day));
    }

    private void snoozeUntil(Influencer contact, LocalDate day) {
        background.run(() -> outreach.snooze(contact.id(), day), updated -> {
            book.put(updated);
            statusLine.show(Texts.text("today.status.snoozed", updated.displayName(), day.toString()));
        }, failure -> dialogs.showError(Errors.describe(failure, "snooze the follow-up", "today.errors.snooze")));
    }

    /** Opens the contact on the Contacts screen. */
    public void open(Influencer contact) {
        opener.accept(contact);
    }

    /** What "open contact" does; the main window sets it. */
    public void setOpener(Consumer<Influencer> opener) {
        this.opener = opener;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Properties

    public ObservableList<TodayRow> rows() {
        return rows;
    }

    /** Overdue and due today: the sidebar's badge. */
    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }
}
