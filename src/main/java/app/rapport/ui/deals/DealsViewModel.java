package app.rapport.ui.deals;

import app.rapport.domain.Campaign;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.Deal;
import app.rapport.domain.DealSummary;
import app.rapport.domain.Influencer;
import app.rapport.domain.MoneyTotals;
import app.rapport.service.CampaignService;
import app.rapport.service.ChangeFeed;
import app.rapport.service.DealService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ChangeFollower;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The Deals tab of a contact: its deals and what they add up to, per currency. */
public final class DealsViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<Influencer> contact = new ReadOnlyObjectWrapper<>(this, "contact");
    private final ObservableList<Deal> deals = FXCollections.observableArrayList();
    private final ObjectProperty<Deal> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper campaignsText = new ReadOnlyStringWrapper(this, "campaignsText", "");
    private final BooleanBinding active = Bindings.createBooleanBinding(
            () -> contact.get() != null && contact.get().id() != null, contact);

    private final DealService service;
    private final CampaignService campaigns;
    private final RecordBook<Deal> book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final SystemActions system;
    private final Locale locale;
    private Consumer<DealEditorViewModel> editorOpener = editor -> { };
    private UndoHistory history;
    /** A deal to select once it is shown (asked for before the contact's deals were read). */
    private Long waitingSelection;

    /**
     * Observes the deal book: a deal changed anywhere (a payment marked on Payments) shows here at once; campaign
     * changes from {@code changes} renew the "In campaigns" line.
     */
    public DealsViewModel(DealService service, CampaignService campaigns, RecordBook<Deal> book, ChangeFeed changes,
            Background background, DialogService dialogs, StatusLine statusLine, SystemActions system,
            Locale locale) {
        this.service = service;
        this.campaigns = campaigns;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.system = system;
        this.locale = locale;
        book.records().addListener((ListChangeListener<Deal>) change -> showDealsOf(contact.get()));
        ChangeFollower.follow(changes, background, change -> showCampaigns(contact.get()), Kind.CAMPAIGN);
    }

    /** Shows a contact's deals (nothing for a new, unsaved contact). */
    public void show(Influencer shown) {
        Influencer before = contact.get();
        contact.set(shown);
        if (before == null || shown == null || !Objects.equals(before.id(), shown.id())) {
            selected.set(null);
        }
        book.load();
        showDealsOf(shown);
        showCampaigns(shown);
    }

    /** The contact's deals as the book holds them; the deal the user had selected stays selected. */
    private void showDealsOf(Influencer shown) {
        if (shown == null || shown.id() == null) {
            deals.clear();
        } else {
            long id = shown.id();
            Long kept = selected.get() == null ? null : selected.get().id();
            deals.setAll(book.records().stream().filter(d -> d.contactId() == id).toList());
            deals.stream().filter(d -> kept != null && kept.equals(d.id())).findFirst().ifPresent(selected::set);
            selectWaiting();
        }
        updateTotals();
    }

    private void showCampaigns(Influencer shown) {
        if (shown == null || shown.id() == null) {
            campaignsText.set("");
            return;
        }
        long id = shown.id();
        background.run(() -> campaigns.campaignsOf(id), list -> {
            if (contact.get() != null && Objects.equals(contact.get().id(), id)) {
                campaignsText.set(list.isEmpty() ? "" : Texts.text("deals.tab.inCampaigns",
                        String.join(", ", list.stream().map(Campaign::name).toList())));
            }
        }, failure -> dialogs.showError(Errors.describe(failure, "load the deals", "errors.deals.load")));
    }

    /** Selects {@code dealId} once the deals shown hold it (now, or when the contact's deals have loaded). */
    public void select(long dealId) {
        waitingSelection = dealId;
        selectWaiting();
    }

    private void selectWaiting() {
        if (waitingSelection == null) {
            return;
        }
        deals.stream().filter(d -> Objects.equals(d.id(), waitingSelection)).findFirst().ifPresent(deal -> {
            waitingSelection = null;
            selected.set(deal);
        });
    }

    private void updateTotals() {
        MoneyTotals paid = new MoneyTotals();
        MoneyTotals outstanding = new MoneyTotals();
        MoneyTotals gifted = new MoneyTotals();
        for (Deal d : deals) {
            d.paid().amounts().forEach(paid::add);
            d.outstanding().amounts().forEach(outstanding::add);
            d.gifted().amounts().forEach(gifted::add);
        }
        totals.set(deals.isEmpty() ? "" : Texts.text("deals.tab.totals", paid.format(locale),
                outstanding.format(locale), gifted.format(locale)));
    }

    // Commands

    public void newDeal() {
        Influencer c = contact.get();
        if (c != null && c.id() != null) {
            editorOpener.accept(new DealEditorViewModel(null, c, service, background, dialogs, locale, this::saved)
                    .undoableIn(history, this::refresh));
        }
    }

    public void edit(Deal deal) {
        Influencer c = contact.get();
        if (deal != null && c != null) {
            editorOpener.accept(new DealEditorViewModel(deal, c, service, background, dialogs, locale, this::saved)
                    .undoableIn(history, this::refresh));
        }
    }

    private void saved(Deal deal) {
        statusLine.show(Texts.text("deals.tab.saved", deal.title()));
    }

    public void delete(Deal deal) {
        if (deal == null || !dialogs.confirm(Texts.text("deals.tab.deleteTitle"),
                Texts.text("deals.tab.deleteQuestion", deal.title()),
                Texts.text("deals.tab.deleteButton"))) {
            return;
        }
        background.run(() -> service.delete(deal.id()), done -> {
            // Deleted rows get new ids when they come back; the next undo deletes those.
            var back = new AtomicReference<Deal>(deal);
            remember(Texts.text("deals.tab.undoDelete", deal.title()), () -> {
                back.set(service.save(deal.withId(null)));
                return null;
            }, () -> service.delete(back.get().id()));
            statusLine.show(Texts.text("deals.tab.deleted", deal.title()));
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the deal", "errors.deals.delete")));
    }

    /** Copies the agreed terms as plain text, to paste into an email. */
    public void copySummary(Deal deal) {
        if (deal != null && contact.get() != null) {
            system.copyToClipboard(DealSummary.of(deal, contact.get().displayName(), locale));
            statusLine.show(Texts.text("deals.tab.copied", deal.title()));
        }
    }

    /** How the editor window opens; the app sets it. */
    public void setEditorOpener(Consumer<DealEditorViewModel> opener) {
        this.editorOpener = opener;
    }

    /** Where deal edits and deletes go as undoable steps; the app sets it. */
    public void setHistory(UndoHistory undo) {
        this.history = undo;
    }

    /** Records a deal change; undoing or redoing it shows the deals and payments again. */
    private void remember(String description, Callable<?> undo,
            Callable<?> redo) {
        if (history == null) {
            return;
        }
        history.record(description, undo, redo, this::refresh);
    }

    /** Shows the deals again, with the totals. */
    public void refresh() {
        show(contact.get());
    }

    // Properties

    public ObservableList<Deal> deals() {
        return deals;
    }

    public ObjectProperty<Deal> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Influencer> contactProperty() {
        return contact.getReadOnlyProperty();
    }

    /** "Paid €75.00 · Outstanding €75.00 · Gifted €64.00", per currency. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** "In campaigns: Holiday gift guide", or "". */
    public ReadOnlyStringProperty campaignsTextProperty() {
        return campaignsText.getReadOnlyProperty();
    }

    public BooleanBinding activeProperty() {
        return active;
    }

    public Locale locale() {
        return locale;
    }

}
