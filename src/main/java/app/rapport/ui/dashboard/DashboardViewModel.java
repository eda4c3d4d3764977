package app.rapport.ui.dashboard;

import app.rapport.domain.Change.Kind;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.dashboard.Dashboard;
import app.rapport.domain.search.ContactQuery;
import app.rapport.service.ChangeFeed;
import app.rapport.service.DashboardService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ChangeFollower;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: where the outreach stands, follow-ups and payments due, spend against budgets. Every figure
 * opens the list behind it: a search on the contacts screen, or the payments.
 */
public final class DashboardViewModel {

    // Properties
    private final ObjectProperty<Dashboard.Period> period = new SimpleObjectProperty<>(this, "period",
            Dashboard.Period.DAYS_90);
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    private final BooleanBinding empty = Bindings.createBooleanBinding(
            () -> dashboard.get() != null && dashboard.get().contacts() == 0, dashboard);
    private final ObservableList<StatusRow> statusRows = FXCollections.observableArrayList();
    private final ObservableList<MonthRow> monthRows = FXCollections.observableArrayList();

    private final DashboardService service;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private final Locale locale;
    private Consumer<String> searchOpener = query -> { };
    private Runnable paymentsOpener = () -> { };
    private ObservableList<Influencer> contacts;
    private ObservableBooleanValue loaded;
    private boolean waiting;

    /** Follows {@code changes}: once its figures are shown, they follow every change made anywhere. */
    public DashboardViewModel(DashboardService service, ChangeFeed changes, Background background,
            DialogService dialogs, StatusLine status, Locale locale) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.locale = locale;
        period.addListener((obs, old, now) -> refresh());
        dashboard.addListener((obs, old, now) -> showRows(now));
        ChangeFollower.follow(changes, background, change -> {
            if (dashboard.get() != null) {
                refresh();
            }
        }, Kind.values());
    }

    /** One bar of the funnel chart, one row of its table: a status and how many contacts hold it now. */
    public record StatusRow(OutreachStatus status, int contacts) {
    }

    /** One month of the spend chart, one row of its table: paid and budgeted, in the chart's currency. */
    public record MonthRow(YearMonth month, Money paid, Money budget) {
    }

    // Commands

    /**
     * Counts these contacts, the ones every screen shows, instead of reading them again; the figures wait until
     * they are loaded.
     */
    public void useContacts(ObservableList<Influencer> list,
            ObservableBooleanValue isLoaded) {
        this.contacts = list;
        this.loaded = isLoaded;
        isLoaded.addListener((obs, was, now) -> {
            if (now && waiting) {
                waiting = false;
                refresh();
            }
        });
    }

    /** Reads the figures again. */
    public void refresh() {
        if (loaded != null && !loaded.get()) {
            waiting = true;
            return;
        }
        Dashboard.Period chosen = period.get();
        List<Influencer> known = contacts == null ? null : List.copyOf(contacts);
        background.run(() -> service.dashboard(chosen, known), dashboard::set,
                failure -> dialogs.showError(Errors.describe(failure, "read the dashboard", "dashboard.errors.read")));
    }

    public void openStatus(OutreachStatus status) {
        searchOpener.accept("status:" + status.name().toLowerCase(Locale.ROOT));
    }

    public void openOverdue() {
        searchOpener.accept("followup:overdue");
    }

    public void openDueToday() {
        searchOpener.accept("followup:today");
    }

    public void openStale() {
        searchOpener.accept("stale:yes");
    }

    /** The partners in a niche. */
    public void openNiche(String niche) {
        searchOpener.accept("tag:" + ContactQuery.quoted(niche) + " status:partner");
    }

    public void openPayments() {
        paymentsOpener.run();
    }

    /** Asks where, then writes a chart's picture there. */
    public void saveChart(String suggestedName, Supplier<byte[]> png) {
        dialogs.chooseSaveFile(Texts.text("dashboard.chart.saveTitle"), suggestedName + ".png", "png").ifPresent(file -> {
            byte[] bytes = png.get();
            background.run(() -> {
                service.saveChart(bytes, file);
                return file;
            }, saved -> status.show(Texts.text("dashboard.chart.saved", saved.getFileName())),
                    failure -> dialogs.showError(Errors.describe(failure, "save the chart", "dashboard.errors.saveChart")));
        });
    }

    /** What opening a search means (the contacts screen with it); the app sets it. */
    public void setSearchOpener(Consumer<String> opener) {
        this.searchOpener = opener;
    }

    public void setPaymentsOpener(Runnable opener) {
        this.paymentsOpener = opener;
    }

    // Properties

    public ObjectProperty<Dashboard.Period> periodProperty() {
        return period;
    }

    /** The figures, {@code null} until first read. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** Whether the workspace has no contact yet. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** The funnel chart's figures, in the order of the statuses; its table shows the same rows. */
    public ObservableList<StatusRow> statusRows() {
        return statusRows;
    }

    /** The spend chart's figures, oldest month first; its table shows the same rows. */
    public ObservableList<MonthRow> monthRows() {
        return monthRows;
    }

    public Locale locale() {
        return locale;
    }

    private void showRows(Dashboard d) {
        if (d == null) {
            statusRows.clear();
            monthRows.clear();
            return;
        }
        statusRows.setAll(Stream.of(OutreachStatus.values())
                .map(status -> new StatusRow(status, d.statusCounts().getOrDefault(status, 0))).toList());
        monthRows.setAll(d.spend().stream().map(m -> new MonthRow(m.month(), m.paid(), m.budget())).toList());
    }

    /** One line on the funnel: "Of 40 contacted in the last 90 days, 18 replied (45 %), 6 became partners (15 %)." */
    public static String funnelText(Dashboard.Funnel funnel) {
        if (funnel.contacted() == 0) {
            return Texts.text(switch (funnel.period()) {
                case DAYS_30 -> "dashboard.funnel.nobody30Days";
                case DAYS_90 -> "dashboard.funnel.nobody90Days";
                case MONTHS_12 -> "dashboard.funnel.nobody12Months";
                case ALL -> "dashboard.funnel.nobodySoFar";
            });
        }
        String key = switch (funnel.period()) {
            case DAYS_30 -> "dashboard.funnel.of30Days";
            case DAYS_90 -> "dashboard.funnel.of90Days";
            case MONTHS_12 -> "dashboard.funnel.of12Months";
            case ALL -> "dashboard.funnel.ofSoFar";
        };
        return Texts.text(key, funnel.contacted(), funnel.replied(), funnel.replyRate(), funnel.partners(),
                funnel.partnerRate());
    }
}
