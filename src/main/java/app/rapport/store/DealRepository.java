package app.rapport.store;

import static app.rapport.domain.Change.Kind.DEAL;

import static app.rapport.store.ContactRepository.instant;
import static app.rapport.store.ContactRepository.timestamp;

import app.rapport.domain.Change;
import app.rapport.domain.Affiliate;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Gift;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Reads and writes deals with their deliverables, instalments and stage history. */
public final class DealRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    DealRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** Deals of contacts in the Trash stay out of payments and campaigns until the contact is restored. */
    private static final String OF_LISTED_CONTACTS = "d.contact_id IN (SELECT id FROM contact WHERE deleted_at IS NULL)";

    /** Every deal of the contacts not in the Trash, oldest first; stage days are read in {@code zone}. */
    public List<Deal> findAll(ZoneId zone) {
        return find("WHERE " + OF_LISTED_CONTACTS, Map.of(), zone);
    }

    /** A campaign's deals, oldest first. */
    public List<Deal> findByCampaign(long campaignId, ZoneId zone) {
        return find("WHERE d.campaign_id = :campaign AND " + OF_LISTED_CONTACTS, Map.of("campaign", campaignId),
                zone);
    }

    /** A contact's deals, oldest first. */
    public List<Deal> findByContact(long contactId, ZoneId zone) {
        return find("WHERE d.contact_id = :c", Map.of("c", contactId), zone);
    }

    public Optional<Deal> findById(long id, ZoneId zone) {
        return find("WHERE d.id = :id", Map.of("id", id), zone).stream().findFirst();
    }

    /** The deals with these ids that exist and belong to contacts not in the Trash. */
    public List<Deal> findByIds(Collection<Long> ids, ZoneId zone) {
        return findIn("d.id", ids, zone);
    }

    /** The deals of these contacts, unless a contact is in the Trash. */
    public List<Deal> findByContacts(Collection<Long> contactIds, ZoneId zone) {
        return findIn("d.contact_id", contactIds, zone);
    }

    private List<Deal> findIn(String column, Collection<Long> ids, ZoneId zone) {
        List<Long> all = List.copyOf(ids);
        List<Deal> found = new ArrayList<>();
        // A thousand at a time: an IN list of a whole import would be one enormous statement.
        for (int from = 0; from < all.size(); from += 1000) {
            String list = all.subList(from, Math.min(all.size(), from + 1000)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            found.addAll(find("WHERE " + column + " IN (" + list + ") AND " + OF_LISTED_CONTACTS, Map.of(), zone));
        }
        return found;
    }

    private List<Deal> find(String where, Map<String, Object> params, ZoneId zone) {
        String scope = "SELECT id FROM deal d " + where;
        Map<Long, List<Deliverable>> deliverables = new HashMap<>();
        handle.createQuery("SELECT * FROM deliverable WHERE deal_id IN (" + scope + ") ORDER BY deal_id, sort_order")
                .bindMap(params)
                .map((rs, ctx) -> Map.entry(rs.getLong("deal_id"), readDeliverable(rs)))
                .forEach(e -> deliverables.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Instalment>> instalments = new HashMap<>();
        handle.createQuery("SELECT * FROM instalment WHERE deal_id IN (" + scope + ") ORDER BY deal_id, sort_order")
                .bindMap(params)
                .map((rs, ctx) -> Map.entry(rs.getLong("deal_id"), readInstalment(rs)))
                .forEach(e -> instalments.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Map<DealStage, LocalDate>> reached = new HashMap<>();
        handle.createQuery("SELECT deal_id, to_stage, MIN(changed_at) AS first_at FROM deal_stage_change "
                        + "WHERE deal_id IN (" + scope + ") GROUP BY deal_id, to_stage")
                .bindMap(params)
                .map((rs, ctx) -> {
                    long dealId = rs.getLong("deal_id");
                    DealStage stage = DealStage.valueOf(rs.getString("to_stage"));
                    LocalDate day = instant(rs, "first_at").atZone(zone).toLocalDate();
                    reached.computeIfAbsent(dealId, k -> new EnumMap<>(DealStage.class)).put(stage, day);
                    return dealId;
                })
                .list();
        return handle.createQuery("SELECT * FROM deal d " + where + " ORDER BY d.id")
                .bindMap(params)
                .map((rs, ctx) -> readDeal(rs, deliverables.getOrDefault(rs.getLong("id"), List.of()),
                        instalments.getOrDefault(rs.getLong("id"), List.of()),
                        reached.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    /** Stores a new deal and records its first stage. Returns its id. */
    public long insert(Deal deal, Instant at) {
        long id = bindDeal(handle.createUpdate("INSERT INTO deal (contact_id, campaign_id, title, stage, fee_amount, "
                        + "fee_currency, gift_description, gift_value, gift_currency, gift_shipping, gift_carrier, "
                        + "gift_tracking, gift_address, affiliate_percent, affiliate_code, affiliate_expires, "
                        + "other_compensation, usage_channels, usage_from, usage_to, exclusivity_category, "
                        + "exclusivity_days, whitelisting, notes, created_at, updated_at) VALUES (:contact, :campaign, "
                        + ":title, :stage, :feeAmount, :feeCurrency, :giftDescription, :giftValue, :giftCurrency, "
                        + ":giftShipping, :giftCarrier, :giftTracking, :giftAddress, :affPercent, :affCode, :affExpires, "
                        + ":other, :usageChannels, :usageFrom, :usageTo, :exclCategory, :exclDays, :whitelisting, :notes, "
                        + ":at, :at)"), deal, at)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        recordStage(id, null, deal.stage(), at);
        writeChildren(id, deal);
        changes.created(DEAL, id);
        return id;
    }

    /**
     * Replaces a stored deal and raises its version; a stage change is recorded in its history.
     *
     * @throws ChangedElsewhereException when the stored deal is no longer at {@code deal.version()}
     */
    public void update(Deal deal, Instant at, ZoneId zone) {
        DealStage before = handle.createQuery("SELECT stage FROM deal WHERE id = :id").bind("id", deal.id())
                .mapTo(String.class).findOne().map(DealStage::valueOf)
                .orElseThrow(() -> new IllegalStateException("No deal " + deal.id()));
        int changed = bindDeal(handle.createUpdate("UPDATE deal SET campaign_id = :campaign, title = :title, stage = :stage, "
                        + "fee_amount = :feeAmount, fee_currency = :feeCurrency, gift_description = :giftDescription, "
                        + "gift_value = :giftValue, gift_currency = :giftCurrency, gift_shipping = :giftShipping, "
                        + "gift_carrier = :giftCarrier, gift_tracking = :giftTracking, gift_address = :giftAddress, "
                        + "affiliate_percent = :affPercent, affiliate_code = :affCode, affiliate_expires = :affExpires, "
                        + "other_compensation = :other, usage_channels = :usageChannels, usage_from = :usageFrom, "
                        + "usage_to = :usageTo, exclusivity_category = :exclCategory, exclusivity_days = :exclDays, "
                        + "whitelisting = :whitelisting, notes = :notes, updated_at = :at, "
                        + "row_version = row_version + 1 WHERE id = :id AND row_version = :version"), deal, at)
                .bind("id", deal.id()).bind("version", deal.version())
                .execute();
        if (changed == 0) {
            RowLock.awaitWriters(handle, "deal", deal.id());
            throw new ChangedElsewhereException(findById(deal.id(), zone).orElse(null));
        }
        if (before != deal.stage()) {
            recordStage(deal.id(), before, deal.stage(), at);
        }
        writeChildren(deal.id(), deal);
        changes.changed(DEAL, deal.id());
    }

    /** Records that an instalment was paid on a day. */
    public void markPaid(long instalmentId, LocalDate day, Instant at) {
        handle.createUpdate("UPDATE instalment SET paid_on = :day WHERE id = :id")
                .bind("day", day).bind("id", instalmentId).execute();
        // The deal changed: an editor opened before must not write its old instalments back.
        handle.createUpdate("UPDATE deal SET row_version = row_version + 1, updated_at = :at WHERE id = "
                + "(SELECT deal_id FROM instalment WHERE id = :id)").bind("id", instalmentId)
                .bind("at", timestamp(at)).execute();
        handle.createQuery("SELECT deal_id FROM instalment WHERE id = :id").bind("id", instalmentId)
                .mapTo(Long.class).findOne().ifPresent(deal -> changes.changed(DEAL, deal));
    }

    public boolean delete(long dealId) {
        boolean deleted = handle.createUpdate("DELETE FROM deal WHERE id = :id").bind("id", dealId).execute() > 0;
        if (deleted) {
            changes.deleted(DEAL, dealId);
        }
        return deleted;
    }

    private void recordStage(long dealId, DealStage from, DealStage to, Instant at) {
        handle.createUpdate("INSERT INTO deal_stage_change (deal_id, from_stage, to_stage, changed_at) "
                        + "VALUES (:d, :from, :to, :at)")
                .bind("d", dealId).bind("from", from == null ? null : from.name()).bind("to", to.name())
                .bind("at", timestamp(at)).execute();
    }

    private void writeChildren(long dealId, Deal deal) {
        handle.createUpdate("DELETE FROM deliverable WHERE deal_id = :d").bind("d", dealId).execute();
        for (int i = 0; i < deal.deliverables().size(); i++) {
            Deliverable d = deal.deliverables().get(i);
            handle.createUpdate("INSERT INTO deliverable (deal_id, sort_order, kind, platform, quantity, due_on, "
                            + "status, link, published_on) VALUES (:d, :o, :kind, :platform, :q, :due, :status, "
                            + ":link, :published)")
                    .bind("d", dealId).bind("o", i).bind("kind", d.type().name())
                    .bind("platform", d.platform() == null ? null : d.platform().name())
                    .bind("q", d.quantity()).bind("due", d.dueOn()).bind("status", d.status().name())
                    .bind("link", d.link()).bind("published", d.publishedOn())
                    .execute();
        }
        handle.createUpdate("DELETE FROM instalment WHERE deal_id = :d").bind("d", dealId).execute();
        for (int i = 0; i < deal.instalments().size(); i++) {
            Instalment p = deal.instalments().get(i);
            handle.createUpdate("INSERT INTO instalment (deal_id, sort_order, amount, currency, due_on, rule_days, "
                            + "rule_after, method, invoice_ref, paid_on) VALUES (:d, :o, :amount, :currency, :due, "
                            + ":ruleDays, :ruleAfter, :method, :invoice, :paid)")
                    .bind("d", dealId).bind("o", i).bind("amount", p.amount().amount())
                    .bind("currency", p.amount().currency().getCurrencyCode()).bind("due", p.dueOn())
                    .bind("ruleDays", p.dueRule() == null ? null : p.dueRule().days())
                    .bind("ruleAfter", p.dueRule() == null ? null : p.dueRule().after().name())
                    .bind("method", p.method()).bind("invoice", p.invoiceRef()).bind("paid", p.paidOn())
                    .execute();
        }
    }

    private static Update bindDeal(Update update, Deal deal, Instant at) {
        Gift gift = deal.gift();
        Affiliate affiliate = deal.affiliate();
        Rights rights = deal.rights();
        return update
                .bind("contact", deal.contactId())
                .bind("campaign", deal.campaignId())
                .bind("title", deal.title())
                .bind("stage", deal.stage().name())
                .bind("feeAmount", deal.fee() == null ? null : deal.fee().amount())
                .bind("feeCurrency", deal.fee() == null ? null : deal.fee().currency().getCurrencyCode())
                .bind("giftDescription", gift == null ? null : gift.description())
                .bind("giftValue", gift == null || gift.retailValue() == null ? null : gift.retailValue().amount())
                .bind("giftCurrency", gift == null || gift.retailValue() == null ? null
                        : gift.retailValue().currency().getCurrencyCode())
                .bind("giftShipping", gift == null ? null : gift.shipping().name())
                .bind("giftCarrier", gift == null ? null : gift.carrier())
                .bind("giftTracking", gift == null ? null : gift.trackingNumber())
                .bind("giftAddress", gift == null ? null : gift.shippingAddress())
                .bind("affPercent", affiliate == null ? null : affiliate.commissionPercent())
                .bind("affCode", affiliate == null ? null : affiliate.discountCode())
                .bind("affExpires", affiliate == null ? null : affiliate.expiresOn())
                .bind("other", deal.otherCompensation())
                .bind("usageChannels", rights.usageChannels())
                .bind("usageFrom", rights.usageFrom())
                .bind("usageTo", rights.usageTo())
                .bind("exclCategory", rights.exclusivityCategory())
                .bind("exclDays", rights.exclusivityDays())
                .bind("whitelisting", rights.whitelisting())
                .bind("notes", deal.notes())
                .bind("at", timestamp(at));
    }

    private static Deal readDeal(ResultSet rs, List<Deliverable> deliverables, List<Instalment> instalments,
            Map<DealStage, LocalDate> reached) throws SQLException {
        long campaign = rs.getLong("campaign_id");
        Long campaignId = rs.wasNull() ? null : campaign;
        Gift gift = rs.getString("gift_description") == null ? null : new Gift(rs.getString("gift_description"),
                money(rs.getBigDecimal("gift_value"), rs.getString("gift_currency")),
                Gift.Shipping.valueOf(rs.getString("gift_shipping")), rs.getString("gift_carrier"),
                rs.getString("gift_tracking"), rs.getString("gift_address"));
        BigDecimal percent = rs.getBigDecimal("affiliate_percent");
        String code = rs.getString("affiliate_code");
        Affiliate affiliate = percent == null && code == null ? null
                : new Affiliate(percent == null ? null : percent.stripTrailingZeros(), code,
                        rs.getObject("affiliate_expires", LocalDate.class));
        int days = rs.getInt("exclusivity_days");
        Integer exclusivityDays = rs.wasNull() ? null : days;
        Rights rights = new Rights(rs.getString("usage_channels"), rs.getObject("usage_from", LocalDate.class),
                rs.getObject("usage_to", LocalDate.class), rs.getString("exclusivity_category"), exclusivityDays,
                rs.getBoolean("whitelisting"));
        return new Deal(rs.getLong("id"), rs.getLong("contact_id"), campaignId, rs.getString("title"),
                DealStage.valueOf(rs.getString("stage")),
                money(rs.getBigDecimal("fee_amount"), rs.getString("fee_currency")),
                gift, affiliate, rs.getString("other_compensation"), deliverables, rights, instalments,
                rs.getString("notes"), reached, instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getLong("row_version"));
    }

    private static Deliverable readDeliverable(ResultSet rs) throws SQLException {
        String platform = rs.getString("platform");
        return new Deliverable(rs.getLong("id"), Deliverable.Type.valueOf(rs.getString("kind")),
                platform == null ? null : Platform.valueOf(platform), rs.getInt("quantity"),
                rs.getObject("due_on", LocalDate.class), Deliverable.Status.valueOf(rs.getString("status")),
                rs.getString("link"), rs.getObject("published_on", LocalDate.class));
    }

    private static Instalment readInstalment(ResultSet rs) throws SQLException {
        String after = rs.getString("rule_after");
        Instalment.DueRule rule = after == null ? null
                : new Instalment.DueRule(rs.getInt("rule_days"), DealStage.valueOf(after));
        return new Instalment(rs.getLong("id"), money(rs.getBigDecimal("amount"), rs.getString("currency")),
                rs.getObject("due_on", LocalDate.class), rule, rs.getString("method"), rs.getString("invoice_ref"),
                rs.getObject("paid_on", LocalDate.class));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null
                : new Money(amount.stripTrailingZeros(), Currency.getInstance(currency));
    }
}
