package app.rapport.store;

import static app.rapport.domain.Change.Kind.CAMPAIGN;

import static app.rapport.store.ContactRepository.instant;
import static app.rapport.store.ContactRepository.timestamp;

import app.rapport.domain.Campaign;
import app.rapport.domain.Change;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.Tags;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Reads and writes campaigns, their exchange rates and shortlists. */
public final class CampaignRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    CampaignRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** Every campaign, newest first. */
    public List<Campaign> findAll() {
        return find("");
    }

    public Optional<Campaign> findById(long id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    /** The campaigns with these ids that exist, newest first. */
    public List<Campaign> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find(" WHERE id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    private List<Campaign> find(String idsWhere) {
        Map<Long, List<Campaign.ExchangeRate>> rates = new HashMap<>();
        handle.createQuery("SELECT * FROM campaign_rate WHERE campaign_id IN (SELECT id FROM campaign" + idsWhere
                        + ") ORDER BY campaign_id, currency")
                .map((rs, ctx) -> Map.entry(rs.getLong("campaign_id"), readRate(rs)))
                .forEach(e -> rates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT * FROM campaign" + idsWhere + " ORDER BY id DESC")
                .map((rs, ctx) -> readCampaign(rs, rates.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Stores a new campaign; returns its id. */
    public long insert(Campaign c, Instant at) {
        long id = bind(handle.createUpdate("INSERT INTO campaign (name, brief, start_on, end_on, budget_amount, "
                        + "budget_currency, target_niches, target_platforms, status, created_at, updated_at) VALUES "
                        + "(:name, :brief, :start, :end, :budget, :currency, :niches, :platforms, :status, :at, :at)"),
                c, at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        writeRates(id, c.rates());
        changes.created(CAMPAIGN, id);
        return id;
    }

    /**
     * Replaces a stored campaign and raises its version.
     *
     * @throws ChangedElsewhereException when the stored campaign is no longer at {@code c.version()}
     */
    public void update(Campaign c, Instant at) {
        int changed = bind(handle.createUpdate("UPDATE campaign SET name = :name, brief = :brief, "
                        + "start_on = :start, end_on = :end, budget_amount = :budget, budget_currency = :currency, "
                        + "target_niches = :niches, "
                        + "target_platforms = :platforms, status = :status, updated_at = :at, "
                        + "row_version = row_version + 1 WHERE id = :id AND row_version = :version"), c, at)
                .bind("id", c.id()).bind("version", c.version()).execute();
        if (changed == 0) {
            RowLock.awaitWriters(handle, "campaign", c.id());
            throw new ChangedElsewhereException(findById(c.id()).orElse(null));
        }
        writeRates(c.id(), c.rates());
        changes.changed(CAMPAIGN, c.id());
    }

    public boolean delete(long id) {
        boolean deleted = handle.createUpdate("DELETE FROM campaign WHERE id = :id").bind("id", id).execute() > 0;
        if (deleted) {
            changes.deleted(CAMPAIGN, id);
        }
        return deleted;
    }

    /** A campaign's shortlist by priority. */
    public List<ShortlistEntry> shortlist(long campaignId) {
        return handle.createQuery("SELECT * FROM shortlist_entry WHERE campaign_id = :c AND contact_id IN "
                        + "(SELECT id FROM contact WHERE deleted_at IS NULL) ORDER BY priority, id")
                .bind("c", campaignId).map((rs, ctx) -> readEntry(rs)).list();
    }

    /** The campaigns a contact is shortlisted in or has a deal in. */
    public List<Campaign> campaignsOf(long contactId) {
        Set<Long> ids = new HashSet<>(handle.createQuery("SELECT campaign_id FROM shortlist_entry "
                        + "WHERE contact_id = :c UNION SELECT campaign_id FROM deal WHERE contact_id = :c "
                        + "AND campaign_id IS NOT NULL")
                .bind("c", contactId).mapTo(Long.class).list());
        return findAll().stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** Per contact, the names of the campaigns it is shortlisted in or has a deal in. */
    public Map<Long, Set<String>> campaignNamesByContact() {
        Map<Long, Set<String>> names = new HashMap<>();
        handle.createQuery("SELECT m.contact_id, c.name FROM (SELECT contact_id, campaign_id FROM shortlist_entry "
                        + "UNION SELECT contact_id, campaign_id FROM deal WHERE campaign_id IS NOT NULL) m "
                        + "JOIN campaign c ON c.id = m.campaign_id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> names.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return names;
    }

    /** Adds contacts to the end of a shortlist; those already on it are skipped. Returns how many were added. */
    public int addToShortlist(long campaignId, List<Long> contactIds) {
        int next = handle.createQuery("SELECT COALESCE(MAX(priority), 0) FROM shortlist_entry WHERE campaign_id = :c")
                .bind("c", campaignId).mapTo(Integer.class).one();
        Set<Long> present = new HashSet<>(handle.createQuery("SELECT contact_id FROM shortlist_entry "
                + "WHERE campaign_id = :c").bind("c", campaignId).mapTo(Long.class).list());
        int added = 0;
        for (Long contactId : contactIds) {
            if (present.add(contactId)) {
                handle.createUpdate("INSERT INTO shortlist_entry (campaign_id, contact_id, priority) VALUES (:c, :p, :o)")
                        .bind("c", campaignId).bind("p", contactId).bind("o", ++next).execute();
                added++;
            }
        }
        if (added > 0) {
            changes.changed(CAMPAIGN, campaignId);
        }
        return added;
    }

    /**
     * Saves an entry's plan, backup mark and deal link (its place in the list changes only by
     * {@link #setPriority}) and raises its version.
     *
     * @throws ChangedElsewhereException when the stored entry is no longer at {@code e.version()}
     */
    public void updateEntry(ShortlistEntry e) {
        int changed = handle.createUpdate("UPDATE shortlist_entry SET backup = :backup, planned_fee = :fee, "
                        + "planned_currency = :feeCurrency, planned_gift = :gift, planned_gift_value = :giftValue, "
                        + "planned_gift_currency = :giftCurrency, deal_id = :deal, row_version = row_version + 1 "
                        + "WHERE id = :id AND row_version = :version")
                .bind("backup", e.backup())
                .bind("fee", e.plannedFee() == null ? null : e.plannedFee().amount())
                .bind("feeCurrency", e.plannedFee() == null ? null : e.plannedFee().currency().getCurrencyCode())
                .bind("gift", e.plannedGift())
                .bind("giftValue", e.plannedGiftValue() == null ? null : e.plannedGiftValue().amount())
                .bind("giftCurrency", e.plannedGiftValue() == null ? null
                        : e.plannedGiftValue().currency().getCurrencyCode())
                .bind("deal", e.dealId()).bind("id", e.id()).bind("version", e.version())
                .execute();
        if (changed == 0) {
            throw new ChangedElsewhereException(handle.createQuery("SELECT * FROM shortlist_entry WHERE id = :id")
                    .bind("id", e.id()).map((rs, ctx) -> readEntry(rs)).findOne().orElse(null));
        }
        changes.changed(CAMPAIGN, e.campaignId());
    }

    /** Changes only an entry's place in the shortlist. */
    public void setPriority(long entryId, int priority) {
        entryChanged(entryId);
        handle.createUpdate("UPDATE shortlist_entry SET priority = :p WHERE id = :id")
                .bind("p", priority).bind("id", entryId).execute();
    }

    public void removeEntry(long entryId) {
        entryChanged(entryId);
        handle.createUpdate("DELETE FROM shortlist_entry WHERE id = :id").bind("id", entryId).execute();
    }

    /** A shortlist entry belongs to its campaign: changing one changes the campaign. */
    private void entryChanged(long entryId) {
        handle.createQuery("SELECT campaign_id FROM shortlist_entry WHERE id = :id").bind("id", entryId)
                .mapTo(Long.class).findOne().ifPresent(campaign -> changes.changed(CAMPAIGN, campaign));
    }

    /** Copies a shortlist (plans and order, no deal links) from one campaign to another. */
    public void copyShortlist(long fromCampaign, long toCampaign) {
        handle.createUpdate("INSERT INTO shortlist_entry (campaign_id, contact_id, priority, backup, planned_fee, "
                        + "planned_currency, planned_gift, planned_gift_value, planned_gift_currency) "
                        + "SELECT :to, contact_id, priority, backup, planned_fee, planned_currency, planned_gift, "
                        + "planned_gift_value, planned_gift_currency FROM shortlist_entry WHERE campaign_id = :from")
                .bind("to", toCampaign).bind("from", fromCampaign).execute();
        changes.changed(CAMPAIGN, toCampaign);
    }

    private void writeRates(long campaignId, List<Campaign.ExchangeRate> rates) {
        handle.createUpdate("DELETE FROM campaign_rate WHERE campaign_id = :c").bind("c", campaignId).execute();
        for (Campaign.ExchangeRate r : rates) {
            handle.createUpdate("INSERT INTO campaign_rate (campaign_id, currency, rate, as_of) VALUES (:c, :cur, "
                            + ":rate, :asOf)")
                    .bind("c", campaignId).bind("cur", r.from().getCurrencyCode()).bind("rate", r.rate())
                    .bind("asOf", r.asOf()).execute();
        }
    }

    private static Update bind(Update u, Campaign c,
            Instant at) {
        return u.bind("name", c.name()).bind("brief", c.brief()).bind("start", c.startOn()).bind("end", c.endOn())
                .bind("budget", c.budget().amount()).bind("currency", c.budget().currency().getCurrencyCode())
                .bind("niches", c.targetNiches().isEmpty() ? null : Tags.format(c.targetNiches()))
                .bind("platforms", c.targetPlatforms().isEmpty() ? null : c.targetPlatforms().stream()
                        .map(Platform::name).sorted().collect(Collectors.joining(",")))
                .bind("status", c.status().name()).bind("at", timestamp(at));
    }

    private static Campaign readCampaign(ResultSet rs, List<Campaign.ExchangeRate> rates) throws SQLException {
        String platforms = rs.getString("target_platforms");
        Set<Platform> targets = EnumSet.noneOf(Platform.class);
        if (platforms != null) {
            Arrays.stream(platforms.split(",")).map(Platform::valueOf).forEach(targets::add);
        }
        return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getString("brief"),
                rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
                money(rs.getBigDecimal("budget_amount"), rs.getString("budget_currency")),
                Tags.parse(rs.getString("target_niches")), targets,
                Campaign.Status.valueOf(rs.getString("status")), rates, instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("row_version"));
    }

    private static Campaign.ExchangeRate readRate(ResultSet rs) throws SQLException {
        return new Campaign.ExchangeRate(Currency.getInstance(rs.getString("currency")),
                rs.getBigDecimal("rate").stripTrailingZeros(), rs.getObject("as_of", LocalDate.class));
    }

    private static ShortlistEntry readEntry(ResultSet rs) throws SQLException {
        long deal = rs.getLong("deal_id");
        Long dealId = rs.wasNull() ? null : deal;
        return new ShortlistEntry(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("contact_id"),
                rs.getInt("priority"), rs.getBoolean("backup"),
                money(rs.getBigDecimal("planned_fee"), rs.getString("planned_currency")), rs.getString("planned_gift"),
                money(rs.getBigDecimal("planned_gift_value"), rs.getString("planned_gift_currency")), dealId,
                rs.getLong("row_version"));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null
                : new Money(amount.stripTrailingZeros(), Currency.getInstance(currency));
    }
}
