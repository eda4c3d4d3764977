package app.rapport.service;

import app.rapport.domain.BudgetPlan;
import app.rapport.domain.Campaign;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Gift;
import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.ServerUnreachableException;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.ShortlistRow;
import app.rapport.domain.TimelineItem;
import app.rapport.domain.sheet.SheetFormat;
import app.rapport.domain.text.DomainTexts;
import app.rapport.exchange.CampaignCalendar;
import app.rapport.exchange.SafeFiles;
import app.rapport.exchange.ShortlistSheet;
import app.rapport.store.CampaignRepository;
import app.rapport.store.Database;
import app.rapport.store.Repositories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user does with campaigns: plan the budget, shortlist creators, promote them to deals. */
public final class CampaignService {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final Database database;
    private final Clock clock;

    public CampaignService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Everything the campaign screen shows, loaded in one go. */
    public record Overview(Campaign campaign, List<ShortlistEntry> shortlist, List<Deal> deals,
            Map<Long, Influencer> contacts, BudgetPlan budget, List<TimelineItem> timeline) {
    }

    public List<Campaign> campaigns() {
        return database.inTransaction(repos -> repos.campaigns().findAll());
    }

    /** The campaigns a contact is shortlisted in or has a deal in. */
    /** The campaigns with these ids that still exist, newest first. */
    public List<Campaign> campaignsWithIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : database.inTransaction(repos -> repos.campaigns().findByIds(ids));
    }

    public List<Campaign> campaignsOf(long contactId) {
        return database.inTransaction(repos -> repos.campaigns().campaignsOf(contactId));
    }

    /** Saves a new or changed campaign and returns it as stored. */
    public Campaign save(Campaign campaign) {
        campaign.check();
        Instant now = now();
        return database.inTransaction(repos -> {
            CampaignRepository campaigns = repos.campaigns();
            long id;
            if (campaign.id() == null) {
                id = campaigns.insert(campaign, now);
            } else {
                campaigns.update(campaign, now);
                id = campaign.id();
            }
            return campaigns.findById(id).orElseThrow();
        });
    }

    /**
     * Asks the workspace for nothing, to learn whether a team server answers again.
     *
     * @throws ServerUnreachableException while it does not
     */
    public boolean answers() {
        return database.answers();
    }

    public void delete(long campaignId) {
        database.inTransaction(repos -> repos.campaigns().delete(campaignId));
    }

    /** A new campaign like this one (brief, targets, budget, rates), optionally with its shortlist and plans. */
    public Campaign duplicate(long campaignId, boolean withShortlist) {
        Instant now = now();
        return database.inTransaction(repos -> {
            CampaignRepository campaigns = repos.campaigns();
            Campaign source = campaigns.findById(campaignId).orElseThrow();
            long id = campaigns.insert(source.asTemplate(DomainTexts.text("campaign.copyName", source.name())), now);
            if (withShortlist) {
                campaigns.copyShortlist(campaignId, id);
            }
            return campaigns.findById(id).orElseThrow();
        });
    }

    /** Adds contacts to a campaign's shortlist (those already on it are skipped); returns how many were added. */
    public int addToShortlist(long campaignId, List<Long> contactIds) {
        int added = database.inTransaction(repos -> repos.campaigns().addToShortlist(campaignId, contactIds));
        LOG.info("Shortlisted {} contacts in campaign {}", added, campaignId);
        return added;
    }

    /**
     * Saves an entry's plan or backup mark and returns it as stored.
     *
     * @throws ChangedElsewhereException when someone changed the entry since it was read
     */
    public ShortlistEntry updateEntry(ShortlistEntry entry) {
        return database.inTransaction(repos -> {
            repos.campaigns().updateEntry(entry);
            return repos.campaigns().shortlist(entry.campaignId()).stream()
                    .filter(e -> e.id().equals(entry.id())).findFirst().orElseThrow();
        });
    }

    public void removeEntry(long entryId) {
        database.inTransaction(repos -> {
            repos.campaigns().removeEntry(entryId);
            return null;
        });
    }

    /** Puts the shortlist in this order: the first is priority 1. */
    public void reorder(List<ShortlistEntry> inOrder) {
        database.inTransaction(repos -> {
            for (int i = 0; i < inOrder.size(); i++) {
                repos.campaigns().setPriority(inOrder.get(i).id(), i + 1);
            }
            return null;
        });
    }

    /** Makes a proposed deal from a shortlisted creator's plan, in the campaign, in one transaction. */
    public Deal promote(ShortlistEntry entry) {
        if (entry.dealId() != null) {
            throw new RuleViolation(DomainTexts.text("campaign.creatorHasDeal"));
        }
        Instant now = now();
        return database.inTransaction(repos -> {
            Campaign campaign = repos.campaigns().findById(entry.campaignId()).orElseThrow();
            Influencer contact = repos.contacts().findById(entry.contactId()).orElseThrow();
            Gift gift = entry.plannedGift() == null ? null
                    : new Gift(entry.plannedGift(), entry.plannedGiftValue(), Gift.Shipping.TO_SHIP, null, null, null);
            Deal deal = new Deal(null, contact.id(), campaign.id(), campaign.name() + " — " + contact.displayName(),
                    DealStage.PROPOSED, entry.plannedFee(), gift, null, null, null, null, null, null, null, null, null);
            long dealId = repos.deals().insert(deal, now);
            repos.campaigns().updateEntry(entry.withDeal(dealId));
            return repos.deals().findById(dealId, clock.getZone()).orElseThrow();
        });
    }

    /**
     * The creator's open deal (neither completed nor cancelled), the newest if there are several: Make deal offers
     * it before making a second one.
     */
    public Optional<Deal> openDealOf(long contactId) {
        return database.inTransaction(repos -> repos.deals().findByContact(contactId, clock.getZone())).stream()
                .filter(Deal::isOpen).max(Comparator.comparing(Deal::id));
    }

    /**
     * Makes the creator's existing deal the one of this shortlist entry, in one transaction: a deal in no campaign
     * joins the entry's; a deal in another campaign stays there and the entry keeps no deal. Returns the deal as
     * stored.
     *
     * @throws ChangedElsewhereException when someone changed the deal or the entry meanwhile
     */
    public Deal useDeal(ShortlistEntry entry, long dealId) {
        Instant now = now();
        return database.inTransaction(repos -> {
            Deal deal = repos.deals().findById(dealId, clock.getZone())
                    .orElseThrow(() -> new RuleViolation(DomainTexts.text("deal.deletedMeanwhile")));
            if (deal.campaignId() == null) {
                repos.deals().update(deal.withCampaign(entry.campaignId()), now, clock.getZone());
            }
            if (deal.campaignId() == null || deal.campaignId() == entry.campaignId()) {
                repos.campaigns().updateEntry(entry.withDeal(dealId));
            }
            return repos.deals().findById(dealId, clock.getZone()).orElseThrow();
        });
    }

    /** Every campaign's budget figures, for the budget bars of the campaign list. */
    public Map<Long, BudgetPlan> budgets(Locale locale) {
        return database.inTransaction(repos -> {
            Map<Long, BudgetPlan> budgets = new HashMap<>();
            for (Campaign c : repos.campaigns().findAll()) {
                budgets.put(c.id(), overview(repos, c.id(), locale).budget());
            }
            return budgets;
        });
    }

    /** The campaign with its shortlist, deals, budget figures and timeline. */
    public Overview overview(long campaignId, Locale locale) {
        return database.inTransaction(repos -> overview(repos, campaignId, locale));
    }

    /** The same, or nothing when the campaign was deleted meanwhile (its screen then follows the deletion). */
    public Optional<Overview> overviewIfKept(long campaignId, Locale locale) {
        return database.inTransaction(repos -> repos.campaigns().findById(campaignId).isEmpty() ? Optional.empty()
                : Optional.of(overview(repos, campaignId, locale)));
    }

    private Overview overview(Repositories repos, long campaignId, Locale locale) {
        Campaign campaign = repos.campaigns().findById(campaignId)
                .orElseThrow(() -> new RuleViolation(DomainTexts.text("campaign.deletedMeanwhile")));
        List<ShortlistEntry> shortlist = repos.campaigns().shortlist(campaignId);
        List<Deal> deals = repos.deals().findByCampaign(campaignId, clock.getZone());
        Map<Long, Influencer> contacts = new HashMap<>();
        shortlist.forEach(e -> repos.contacts().findById(e.contactId()).ifPresent(c -> contacts.put(c.id(), c)));
        deals.forEach(d -> contacts.computeIfAbsent(d.contactId(), id -> repos.contacts().findById(id).orElse(null)));
        contacts.values().removeIf(Objects::isNull);
        Map<Long, String> names = new HashMap<>();
        contacts.values().forEach(c -> names.put(c.id(), c.displayName()));
        return new Overview(campaign, shortlist, deals, contacts,
                BudgetPlan.of(campaign, shortlist, deals, contacts, locale),
                TimelineItem.of(deals, names, LocalDate.now(clock)));
    }

    /** Writes the campaign's dated items to an iCalendar file; a failed write leaves no half file. */
    public int exportCalendar(long campaignId, Path file) {
        Overview overview = overview(campaignId, Locale.ROOT);
        try {
            SafeFiles.write(file, temp -> {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    CampaignCalendar.write(overview.campaign(), overview.timeline(), out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return overview.timeline().size();
    }

    /**
     * Writes a shortlist with its plans, as CSV when the file name ends in ".csv", else as an XLSX workbook;
     * a failed write leaves no half file. Returns how many creators were written.
     */
    public int exportShortlist(List<ShortlistRow> shortlist, Path file) throws IOException {
        ShortlistSheet.write(shortlist, file, SheetFormat.ofFileName(file.getFileName().toString()));
        return shortlist.size();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
