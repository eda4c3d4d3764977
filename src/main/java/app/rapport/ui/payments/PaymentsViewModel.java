package app.rapport.ui.payments;

import app.rapport.domain.Campaign;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.Deal;
import app.rapport.domain.MoneyTotals;
import app.rapport.domain.Payment;
import app.rapport.domain.sheet.SheetFormat;
import app.rapport.service.ChangeFeed;
import app.rapport.service.DealService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ChangeFollower;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The Payments screen: every instalment, filtered by where it stands and by currency, with totals. */
public final class PaymentsViewModel {

    /** The choices of the "Show" filter. */
    public enum Show {
        OUTSTANDING("payments.filter.outstanding"), OVERDUE("payments.filter.overdue"),
        DUE_SOON("payments.filter.dueSoon"), PAID("payments.filter.paid"), ALL("payments.filter.all");

        /** The key of its label in the window's bundle. */
        private final String key;

        Show(String key) {
            this.key = key;
        }

        boolean matches(Payment p) {
            return switch (this) {
                case OUTSTANDING -> p.state() != Payment.State.PAID;
                case OVERDUE -> p.state() == Payment.State.OVERDUE;
                case DUE_SOON -> p.state() == Payment.State.DUE_SOON;
                case PAID -> p.state() == Payment.State.PAID;
                case ALL -> true;
            };
        }

        @Override
        public String toString() {
            return Texts.text(key);
        }
    }

    /** Shown in the currency filter for "every currency". */
    public static final String ALL_CURRENCIES = Texts.text("payments.filter.allCurrencies");

    // Properties
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final FilteredList<Payment> shown = new FilteredList<>(payments);
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.ALL);
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(this, "currency", ALL_CURRENCIES);
    private final ObservableList<String> currencies = FXCollections.observableArrayList(ALL_CURRENCIES);
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>(this, "campaign");
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper paidTotal = new ReadOnlyStringWrapper(this, "paidTotal", "—");
    private final ReadOnlyStringWrapper outstandingTotal = new ReadOnlyStringWrapper(this, "outstandingTotal", "—");
    private final ReadOnlyStringWrapper overdueTotal = new ReadOnlyStringWrapper(this, "overdueTotal", "—");

    private final DealService service;
    private final RecordBook<Deal> deals;
    private final RecordBook<Campaign> campaignBook;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final Locale locale;
    private UndoHistory history;
    /** Whether the screen was shown once: until then, changes need not make payments of the deals. */
    private boolean read;
    private boolean computing;
    private boolean computeAgain;

    /**
     * Observes the deal and campaign books, so a payment marked anywhere shows here at once; follows
     * {@code changes} for contacts renamed, whose names the payments show.
     */
    public PaymentsViewModel(DealService service, RecordBook<Deal> deals, RecordBook<Campaign> campaignBook,
            ChangeFeed changes, Background background, DialogService dialogs, StatusLine statusLine,
            Locale locale) {
        this.service = service;
        this.deals = deals;
        this.campaignBook = campaignBook;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.locale = locale;
        show.addListener((obs, old, v) -> applyFilter());
        currency.addListener((obs, old, v) -> applyFilter());
        campaign.addListener((obs, old, v) -> applyFilter());
        deals.records().addListener((ListChangeListener<Deal>) change -> {
            if (read) {
                makePayments();
            }
        });
        campaignBook.records().addListener((ListChangeListener<Campaign>) change -> showCampaigns());
        ChangeFollower.follow(changes, background, change -> {
            // The ids once, not per deal: a bulk change names thousands of contacts and this runs on the FX thread.
            Set<Long> contacts = change.ids(Kind.CONTACT);
            if (read && deals.records().stream().anyMatch(d -> contacts.contains(d.contactId()))) {
                makePayments();
            }
        }, Kind.CONTACT);
    }

    /** Shows every payment; from then on, every change to deals shows here. */
    public void refresh() {
        read = true;
        deals.load();
        campaignBook.load();
        showCampaigns();
        makePayments();
    }

    private void showCampaigns() {
        Long chosen = campaign.get() == null ? null : campaign.get().id();
        campaigns.setAll(campaignBook.records());
        campaign.set(campaigns.stream().filter(c -> Objects.equals(c.id(), chosen)).findFirst().orElse(null));
    }

    /** Makes the payments of the deals as the book holds them, once at a time (a burst of changes, one more). */
    private void makePayments() {
        if (computing) {
            computeAgain = true;
            return;
        }
        computing = true;
        List<Deal> now = List.copyOf(deals.records());
        background.run(() -> service.paymentsOf(now), list -> {
            computing = false;
            showPayments(list);
            if (computeAgain) {
                computeAgain = false;
                makePayments();
            }
        }, failure -> {
            computing = false;
            dialogs.showError(Errors.describe(failure, "load the payments", "payments.errors.load"));
        });
    }

    private void showPayments(List<Payment> list) {
        payments.setAll(list);
        TreeSet<String> codes = new TreeSet<>();
        list.forEach(p -> codes.add(p.instalment().amount().currency().getCurrencyCode()));
        String chosen = currency.get();
        currencies.setAll(ALL_CURRENCIES);
        currencies.addAll(codes);
        currency.set(currencies.contains(chosen) ? chosen : ALL_CURRENCIES);
        applyFilter();
    }

    private void applyFilter() {
        Show s = show.get() == null ? Show.ALL : show.get();
        String c = currency.get();
        Long campaignId = campaign.get() == null ? null : campaign.get().id();
        shown.setPredicate(p -> s.matches(p) && (c == null || ALL_CURRENCIES.equals(c)
                || p.instalment().amount().currency().getCurrencyCode().equals(c))
                && (campaignId == null || campaignId.equals(p.deal().campaignId())));
        MoneyTotals paid = new MoneyTotals();
        MoneyTotals outstanding = new MoneyTotals();
        MoneyTotals overdue = new MoneyTotals();
        for (Payment p : shown) {
            (p.state() == Payment.State.PAID ? paid : outstanding).add(p.instalment().amount());
            if (p.state() == Payment.State.OVERDUE) {
                overdue.add(p.instalment().amount());
            }
        }
        paidTotal.set(paid.format(locale));
        outstandingTotal.set(outstanding.format(locale));
        overdueTotal.set(overdue.format(locale));
    }

    // Commands

    /** Asks for the day (today by default) and marks the instalment paid. */
    public void markPaid(Payment payment) {
        if (payment == null || payment.state() == Payment.State.PAID) {
            return;
        }
        dialogs.pickDate(Texts.text("payments.markPaid.title"), service.today()).ifPresent(day ->
                background.run(() -> service.markPaid(payment.deal().id(), payment.instalment().id(), day), deal -> {
                    long dealId = payment.deal().id();
                    long instalmentId = payment.instalment().id();
                    if (history != null) {
                        history.record(Texts.text("payments.undo.markPaid", payment.contactName()),
                                () -> service.markUnpaid(dealId, instalmentId),
                                () -> service.markPaid(dealId, instalmentId, day));
                    }
                    statusLine.show(Texts.text("payments.markPaid.done", payment.instalment().amount().format(locale),
                            payment.contactName()));
                }, failure -> dialogs.showError(Errors.describe(failure, "mark the payment paid",
                        "payments.errors.markPaid"))));
    }

    /** Where a payment marked paid goes as an undoable step; the app sets it. */
    public void setHistory(UndoHistory undo) {
        this.history = undo;
    }

    /** Writes the rows shown to a CSV file the user chooses; a failed write leaves no half file. */
    public void exportCsv() {
        export("csv");
    }

    /** Writes the rows shown to an XLSX workbook the user chooses. */
    public void exportXlsx() {
        export("xlsx");
    }

    private void export(String extension) {
        List<Payment> rows = List.copyOf(shown);
        SheetFormat format = extension.equals("xlsx") ? SheetFormat.XLSX : SheetFormat.CSV;
        dialogs.chooseSaveFile(Texts.text("payments.export.title"),
                Texts.text("payments.export.fileName") + "." + extension, extension).ifPresent(file ->
                background.run(() -> {
                    service.exportPayments(rows, file, format);
                    return file;
                }, written -> statusLine.show(Texts.text("payments.export.done", rows.size(), written.toString())),
                        failure -> dialogs.showError(Errors.describe(failure, "export the payments",
                                "payments.errors.export"))));
    }

    // Properties

    public ObservableList<Payment> shown() {
        return shown;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    /** The campaign shown, {@code null} for all. */
    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ReadOnlyStringProperty paidTotalProperty() {
        return paidTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outstandingTotalProperty() {
        return outstandingTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overdueTotalProperty() {
        return overdueTotal.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }
}
