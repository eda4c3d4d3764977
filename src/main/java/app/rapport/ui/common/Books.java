package app.rapport.ui.common;

import app.rapport.domain.Campaign;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.Change.Type;
import app.rapport.domain.Deal;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.search.SavedView;
import app.rapport.service.CampaignService;
import app.rapport.service.ChangeFeed;
import app.rapport.service.DealService;
import app.rapport.service.SearchService;
import app.rapport.service.SettingsService;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The books every screen shares beside {@link ContactBook}: deals with their instalments, campaigns, message
 * templates and saved views, each held once and kept current by the workspace's committed changes.
 */
public final class Books {

    /** Past this many contacts moved in or out of the Trash, their deals are read again whole. */
    private static final int MOST_CONTACTS_READ_BY_ID = 2_000;

    private final RecordBook<Deal> deals;
    private final RecordBook<Campaign> campaigns;
    private final RecordBook<MessageTemplate> templates;
    private final RecordBook<SavedView> views;

    public Books(DealService dealService, CampaignService campaignService, SettingsService settingsService,
            SearchService searchService, ChangeFeed changes, Background background, DialogService dialogs) {
        deals = new RecordBook<>(Kind.DEAL, Deal::id, Comparator.comparing(Deal::id),
                source(dealService::deals, dealService::dealsWithIds), changes, background, dialogs,
                "load the deals", "common.errors.loadDeals");
        campaigns = new RecordBook<>(Kind.CAMPAIGN, Campaign::id, Comparator.comparing(Campaign::id).reversed(),
                source(campaignService::campaigns, campaignService::campaignsWithIds), changes, background, dialogs,
                "load the campaigns", "common.errors.loadCampaigns");
        templates = new RecordBook<>(Kind.TEMPLATE, MessageTemplate::id, Comparator.comparing(MessageTemplate::id),
                source(settingsService::templates, settingsService::templatesWithIds), changes, background, dialogs,
                "load the templates", "common.errors.loadTemplates");
        views = new RecordBook<>(Kind.VIEW, SavedView::id,
                Comparator.comparingInt(SavedView::position).thenComparing(SavedView::id),
                source(searchService::views, searchService::viewsWithIds), changes, background, dialogs,
                "load the saved views", "common.errors.loadSavedViews");
        // A contact moved to the Trash takes its deals out of sight; restored, it brings them back.
        changes.follow(change -> {
            Set<Long> moved = new LinkedHashSet<>(change.ids(Kind.CONTACT, Type.DELETED));
            moved.addAll(change.ids(Kind.CONTACT, Type.CREATED));
            if (moved.isEmpty()) {
                return;
            }
            boolean whole = moved.size() > MOST_CONTACTS_READ_BY_ID;
            background.onUi(() -> deals.readAgain(
                    () -> whole ? dealService.deals() : dealService.dealsOfContacts(moved),
                    deal -> whole || moved.contains(deal.contactId())));
        });
    }

    private static <T> RecordBook.Source<T> source(Supplier<List<T>> all,
            Function<Collection<Long>, List<T>> withIds) {
        return new RecordBook.Source<>() {
            @Override
            public List<T> all() {
                return all.get();
            }

            @Override
            public List<T> withIds(Collection<Long> ids) {
                return withIds.apply(ids);
            }
        };
    }

    /** Every deal of the contacts not in the Trash, with its instalments, oldest first. */
    public RecordBook<Deal> deals() {
        return deals;
    }

    /** Every campaign, newest first. */
    public RecordBook<Campaign> campaigns() {
        return campaigns;
    }

    public RecordBook<MessageTemplate> templates() {
        return templates;
    }

    /** The saved views, in the sidebar's order. */
    public RecordBook<SavedView> views() {
        return views;
    }
}
