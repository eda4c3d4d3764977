package app.rapport.ui.campaigns;

import app.rapport.domain.BudgetPlan;
import app.rapport.domain.Campaign;
import app.rapport.domain.CampaignMerge;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Deal;
import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.ShortlistRow;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.TimelineItem;
import app.rapport.service.CampaignService;
import app.rapport.service.ChangeFeed;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ChangeFollower;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The Campaigns screen: the list, the selected campaign's form, shortlist, budget figures and timeline. */
public final class CampaignsViewModel {

    // Properties
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>(this, "selected");
    private final CampaignForm form = new CampaignForm();
    private final ObservableList<ShortlistRow> shortlist = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BudgetPlan> budget = new ReadOnlyObjectWrapper<>(this, "budget");
    private final ObservableMap<Long, BudgetPlan> budgets = FXCollections.observableHashMap();
    private final ObservableList<Influencer> candidates;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private final CampaignService service;
    private final RecordBook<Campaign> book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final Locale locale;
    private final SaveFlow<Campaign, CampaignMerge.Part> saves;
    private final CampaignExports exports;
    private final ShortlistEdits shortlistEdits;
    private Consumer<Deal> dealOpener = deal -> { };
    private Consumer<Deal> contactDealOpener = deal -> { };

    /** @param candidates the contacts the search inside a campaign offers (the shared contact list) */
    public CampaignsViewModel(CampaignService service, RecordBook<Campaign> book,
            ObservableList<Influencer> candidates, ChangeFeed changes, Background background, DialogService dialogs,
            StatusLine statusLine, Locale locale) {
        this.service = service;
        this.book = book;
        this.candidates = candidates;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.locale = locale;
        this.saves = CampaignSaves.flow(service, background, dialogs);
        this.exports = new CampaignExports(service, background, dialogs, statusLine);
        this.shortlistEdits = new ShortlistEdits(service, background, dialogs, shortlist,
                () -> selected.get().budget().currency(), locale, this::reloadOverview);
        selected.addListener((obs, old, c) -> {
            // A newer version of the campaign being edited (someone else saved it) leaves the edit alone; its
            // save is then compared with theirs.
            boolean newerOfSame = old != null && c != null && Objects.equals(old.id(), c.id());
            if (!(newerOfSame && form.isEdited())) {
                form.show(c, locale);
            }
            reloadOverview();
        });
        book.records().addListener((ListChangeListener<Campaign>) change -> showList());
        ChangeFollower.follow(changes, background, change -> othersChanged(), Kind.CAMPAIGN, Kind.DEAL,
                Kind.CONTACT);
    }

    /** Shows the campaign list, keeping the selection where it can, with each campaign's figures. */
    public void load() {
        book.load();
        showList();
        readBudgets();
    }

    /**
     * Someone (on a team workspace) or another screen changed campaigns, shortlists or deals: the figures and the
     * selected campaign's shortlist follow (the list follows the campaign book by itself).
     */
    public void othersChanged() {
        readBudgets();
        reloadOverview();
    }

    /** The list as the campaign book holds it; a form with the user's unsaved edit stays as it is. */
    private void showList() {
        Campaign before = selected.get();
        Long keep = before == null ? null : before.id();
        List<Campaign> list = book.records();
        campaigns.setAll(list);
        if (form.isEdited() && (form.shown() == null || indexOf(keep) < 0)) {
            // A new campaign being typed, or one deleted elsewhere while edited: the form keeps it.
            return;
        }
        selected.set(list.stream().filter(c -> Objects.equals(c.id(), keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    private void readBudgets() {
        background.run(() -> service.budgets(locale), read -> {
            budgets.clear();
            budgets.putAll(read);
        }, failure -> dialogs.showError(Errors.describe(failure, "load the campaigns", "errors.campaigns.loadAll")));
    }

    private void reloadOverview() {
        Campaign c = selected.get();
        if (c == null || c.id() == null) {
            shortlist.clear();
            timeline.clear();
            warnings.clear();
            budget.set(null);
            return;
        }
        long id = c.id();
        background.run(() -> service.overviewIfKept(id, locale), kept -> {
            if (kept.isEmpty() || selected.get() == null || !Objects.equals(selected.get().id(), id)) {
                return;
            }
            CampaignService.Overview overview = kept.get();
            Map<Long, Deal> deals = overview.deals().stream().collect(Collectors.toMap(Deal::id, Function.identity()));
            List<ShortlistRow> rows = new ArrayList<>();
            for (ShortlistEntry e : overview.shortlist()) {
                Influencer contact = overview.contacts().get(e.contactId());
                if (contact != null) {
                    rows.add(new ShortlistRow(e, contact, e.dealId() == null ? null : deals.get(e.dealId()),
                            targetFollowers(contact, overview.campaign())));
                }
            }
            shortlist.setAll(rows);
            timeline.setAll(overview.timeline());
            warnings.setAll(overview.budget().warnings());
            budget.set(overview.budget());
            budgets.put(id, overview.budget());
        }, failure -> dialogs.showError(Errors.describe(failure, "load the campaign", "errors.campaigns.load")));
    }

    private static long targetFollowers(Influencer contact, Campaign campaign) {
        return contact.accounts().stream()
                .filter(a -> campaign.targetPlatforms().isEmpty() || campaign.targetPlatforms().contains(a.platform()))
                .map(SocialAccount::followers).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    // Commands

    /** Starts a new campaign in the form. */
    public void newCampaign() {
        if (saving.get()) {
            return;
        }
        selected.set(null);
        form.show(null, locale);
        form.nameProperty().set(Texts.text("campaigns.screen.newName"));
    }

    /** Saves the form as the selected (or a new) campaign. */
    public void saveCampaign() {
        Campaign campaign;
        try {
            campaign = form.toCampaign(locale, service.today());
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        saving.set(true);
        saves.save(form.shown(), campaign, () -> statusLine.show(CampaignSaves.waiting()),
                (before, saved) -> shown(saved, Texts.text("campaigns.screen.saved", saved.name())),
                theirs -> shown(theirs, Texts.text("campaigns.screen.tookTheirs", theirs.name())),
                () -> saving.set(false));
    }

    private void shown(Campaign stored, String message) {
        saving.set(false);
        int index = indexOf(stored.id());
        if (index >= 0) {
            campaigns.set(index, stored);
        } else {
            campaigns.add(0, stored);
        }
        selected.set(stored);
        form.show(stored, locale);
        statusLine.show(message);
    }

    /** Makes a copy of the selected campaign to plan a similar one; asks whether to copy the shortlist. */
    public void duplicate() {
        Campaign c = selected.get();
        if (c == null || c.id() == null) {
            return;
        }
        boolean withShortlist = dialogs.confirm(Texts.text("campaigns.screen.duplicateTitle"),
                Texts.text("campaigns.screen.duplicateQuestion"), Texts.text("campaigns.screen.duplicateButton"));
        background.run(() -> service.duplicate(c.id(), withShortlist), copy -> {
            campaigns.add(0, copy);
            selected.set(copy);
            statusLine.show(Texts.text("campaigns.screen.created", copy.name()));
        }, failure -> dialogs.showError(Errors.describe(failure, "duplicate the campaign",
                "errors.campaigns.duplicate")));
    }

    /** Deletes the selected campaign after asking; its deals stay, without the campaign. */
    public void delete() {
        Campaign c = selected.get();
        if (c == null || c.id() == null || !dialogs.confirm(Texts.text("campaigns.screen.deleteTitle"),
                Texts.text("campaigns.screen.deleteQuestion", c.name()), Texts.text("campaigns.screen.deleteButton"))) {
            return;
        }
        background.run(() -> {
            service.delete(c.id());
            return c;
        }, deleted -> {
            campaigns.remove(deleted);
            selected.set(campaigns.isEmpty() ? null : campaigns.get(0));
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the campaign", "errors.campaigns.delete")));
    }

    /** Adds contacts to the selected campaign's shortlist. */
    public void addToShortlist(List<Long> contactIds) {
        Campaign c = selected.get();
        if (c == null || c.id() == null) {
            dialogs.showError(Texts.text("campaigns.screen.saveFirst"));
            return;
        }
        background.run(() -> service.addToShortlist(c.id(), contactIds), added -> {
            statusLine.show(Texts.text("campaigns.screen.added", added, c.name()));
            reloadOverview();
        }, failure -> dialogs.showError(Errors.describe(failure, "add to the shortlist",
                "errors.campaigns.addToShortlist")));
    }

    /**
     * Makes a proposed deal from a creator's plan and opens it. A creator who already has an open deal is offered
     * that one first: opening it puts it in the campaign (when it is in none) and shows it on the contact's Deals
     * tab.
     */
    public void promote(ShortlistRow row) {
        if (row.deal() != null) {
            dealOpener.accept(row.deal());
            return;
        }
        background.run(() -> service.openDealOf(row.contact().id()), existing -> {
            if (existing.isEmpty()) {
                makeDeal(row);
                return;
            }
            Deal deal = existing.get();
            switch (dialogs.askExistingDeal(row.contact().displayName(),
                    Texts.text("campaigns.screen.existingDeal", deal.title(), deal.stage().label()))) {
                case OPEN_EXISTING -> useDeal(row, deal);
                case MAKE_NEW -> makeDeal(row);
                default -> { }
            }
        }, failure -> dialogs.showError(Errors.describe(failure, "make the deal", "errors.campaigns.makeDeal")));
    }

    private void makeDeal(ShortlistRow row) {
        background.run(() -> service.promote(row.entry()), deal -> {
            statusLine.show(Texts.text("campaigns.screen.proposed", row.contact().displayName()));
            reloadOverview();
            dealOpener.accept(deal);
        }, failure -> planFailed(row, failure, "make the deal", "errors.campaigns.makeDeal"));
    }

    private void useDeal(ShortlistRow row, Deal existing) {
        background.run(() -> service.useDeal(row.entry(), existing.id()), deal -> {
            reloadOverview();
            contactDealOpener.accept(deal);
        }, failure -> planFailed(row, failure, "open the deal", "errors.campaigns.openDeal"));
    }

    private void planFailed(ShortlistRow row, Throwable failure, String action, String sentenceKey) {
        reloadOverview();
        dialogs.showError(failure instanceof ChangedElsewhereException
                ? Texts.text("campaigns.screen.planChangedElsewhere", row.contact().displayName())
                : Errors.describe(failure, action, sentenceKey));
    }

    /** Opens the deal behind a timeline item. */
    public void open(TimelineItem item) {
        shortlist.stream().map(ShortlistRow::deal).filter(d -> d != null && d.id() == item.dealId()).findFirst()
                .ifPresent(dealOpener);
    }

    /** Exports the campaign's dates as an iCalendar file the user chooses. */
    public void exportCalendar() {
        Campaign c = selected.get();
        if (c != null && c.id() != null) {
            exports.calendar(c);
        }
    }

    /** Writes the shortlist with its plans to an XLSX workbook the user chooses. */
    public void exportShortlist() {
        Campaign c = selected.get();
        if (c != null && c.id() != null) {
            exports.shortlist(c, List.copyOf(shortlist));
        }
    }

    /** How a deal opens (the app opens the deal editor). */
    public void setDealOpener(Consumer<Deal> opener) {
        this.dealOpener = opener;
    }

    /** How a creator's existing deal opens (the main window shows it on the contact's Deals tab). */
    public void setContactDealOpener(Consumer<Deal> opener) {
        this.contactDealOpener = opener;
    }

    private int indexOf(Long id) {
        for (int i = 0; i < campaigns.size(); i++) {
            if (Objects.equals(campaigns.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    // Properties

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    public CampaignForm form() {
        return form;
    }

    public ObservableList<ShortlistRow> shortlist() {
        return shortlist;
    }

    /** Planned fees and gifts, backups, order and removal of the shortlisted creators. */
    public ShortlistEdits shortlistEdits() {
        return shortlistEdits;
    }

    public ObservableList<TimelineItem> timeline() {
        return timeline;
    }

    /** Set while the form's save is under way or waits for the team server. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyObjectProperty<BudgetPlan> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    /** Each campaign's figures, for the list's budget bars. */
    public ObservableMap<Long, BudgetPlan> budgets() {
        return budgets;
    }

    public ObservableList<Influencer> candidates() {
        return candidates;
    }

    public Locale locale() {
        return locale;
    }

    public LocalDate today() {
        return service.today();
    }
}
