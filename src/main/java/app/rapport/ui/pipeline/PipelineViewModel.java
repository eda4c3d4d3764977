package app.rapport.ui.pipeline;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.service.OutreachService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** The pipeline board: one column of contacts per outreach status, filtered by niche and platform. */
public final class PipelineViewModel {

    // Properties
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>(this, "tagFilter");
    private final ObjectProperty<Platform> platformFilter = new SimpleObjectProperty<>(this, "platformFilter");
    private final BooleanProperty showClosed = new SimpleBooleanProperty(this, "showClosed", false);
    private final Map<OutreachStatus, FilteredList<Influencer>> filtered = new EnumMap<>(OutreachStatus.class);
    private final Map<OutreachStatus, SortedList<Influencer>> columns = new EnumMap<>(OutreachStatus.class);

    private final ContactBook book;
    private final OutreachService outreach;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final Clock clock;
    private Consumer<List<Influencer>> campaignAdder = contacts -> { };
    private Consumer<Influencer> opener = contact -> { };

    public PipelineViewModel(ContactBook book, OutreachService outreach, Background background,
            DialogService dialogs, StatusLine statusLine, Clock clock) {
        this.book = book;
        this.outreach = outreach;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.clock = clock;
        ObjectBinding<Predicate<Influencer>> boardFilter = Bindings.createObjectBinding(
                () -> boardFilter(tagFilter.get(), platformFilter.get()), tagFilter, platformFilter);
        // Longest in the status first: they are the ones who need a nudge.
        Comparator<Influencer> order = Comparator
                .comparing((Influencer c) -> c.outreach().statusSince(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Influencer::displayName, String.CASE_INSENSITIVE_ORDER);
        for (OutreachStatus status : OutreachStatus.values()) {
            FilteredList<Influencer> inStatus = new FilteredList<>(book.contacts());
            inStatus.predicateProperty().bind(Bindings.createObjectBinding(
                    () -> boardFilter.get().and(c -> c.outreach().status() == status), boardFilter));
            filtered.put(status, inStatus);
            columns.put(status, new SortedList<>(inStatus, order));
        }
    }

    private static Predicate<Influencer> boardFilter(String tag, Platform platform) {
        return c -> (tag == null || c.tags().stream().anyMatch(tag::equalsIgnoreCase))
                && (platform == null || c.accounts().stream().anyMatch(a -> a.platform() == platform));
    }

    // Commands

    /** Moves a contact to another column, recording the move in its history. */
    public void move(Influencer contact, OutreachStatus to) {
        if (contact.outreach().status() == to) {
            return;
        }
        OutreachStatus from = contact.outreach().status();
        background.run(() -> outreach.moveTo(contact.id(), to), moved -> {
            book.put(moved);
            book.history().record(Texts.text("pipeline.undo.move", moved.displayName(), to.label()),
                    () -> outreach.moveTo(contact.id(), from), () -> outreach.moveTo(contact.id(), to));
            statusLine.show(Texts.text("pipeline.board.moved", moved.displayName(), to.label()));
        }, failure -> dialogs.showError(Errors.describe(failure, "move the contact", "pipeline.errors.move")));
    }

    /** Shortlists a contact in a campaign (the app asks which). */
    public void addToCampaign(Influencer contact) {
        campaignAdder.accept(List.of(contact));
    }

    /** What adding to a campaign means; the app sets it. */
    public void setCampaignAdder(Consumer<List<Influencer>> adder) {
        this.campaignAdder = adder;
    }

    /** Opens a card's contact on the Contacts screen, as a double-click on the card does. */
    public void open(Influencer contact) {
        if (contact != null) {
            opener.accept(contact);
        }
    }

    /** What opening a contact means (the main window shows it on the Contacts screen); the app sets it. */
    public void setOpener(Consumer<Influencer> opener) {
        this.opener = opener;
    }

    /** Clears the niche and platform filters. */
    public void clearFilters() {
        tagFilter.set(null);
        platformFilter.set(null);
    }

    // Properties

    /** The statuses shown as columns: the closing ones only when {@link #showClosedProperty()} is on. */
    public List<OutreachStatus> statuses() {
        return Arrays.asList(OutreachStatus.values());
    }

    /** The contacts of one column, in board order. */
    public ObservableList<Influencer> column(OutreachStatus status) {
        return columns.get(status);
    }

    /** How many contacts are in the closing columns, for the "Closed" toggle. */
    public int closedCount() {
        return Arrays.stream(OutreachStatus.values()).filter(OutreachStatus::isClosing)
                .mapToInt(s -> filtered.get(s).size()).sum();
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Platform> platformFilterProperty() {
        return platformFilter;
    }

    public BooleanProperty showClosedProperty() {
        return showClosed;
    }

    public ObservableList<String> knownTags() {
        return book.knownTags();
    }

    /** The user's date, for days in status and overdue follow-ups. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
