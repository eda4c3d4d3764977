package app.rapport.service;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Gift;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import app.rapport.domain.ShortlistEntry;
import app.rapport.store.Repositories;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A few fictional deals and a campaign for the sample creators, dated around today, so Payments and
 * Campaigns have something to show on a first look.
 */
final class SampleDeals {

    private static final String HOLIDAY = "Holiday gift guide";

    private SampleDeals() {
    }

    /** Stores the sample campaign, its shortlist and the sample deals (the campaign's in it). */
    static void load(Repositories repos, Map<String, Long> ids, LocalDate today, Instant now) {
        long campaign = repos.campaigns().insert(new Campaign(null, HOLIDAY,
                "Ten creators in home & candles feature our winter range in their holiday gift guides.",
                today.minusDays(10), today.plusDays(30), Money.of("2000", "EUR"), List.of("home & candles", "decor"),
                Set.of(Platform.INSTAGRAM, Platform.TIKTOK), Campaign.Status.ACTIVE,
                List.of(new Campaign.ExchangeRate(Currency.getInstance("USD"), new BigDecimal("0.92"), today)),
                null, null), now);
        Map<String, Long> deals = new HashMap<>();
        for (Map.Entry<String, Deal> entry : forContacts(ids, today).entrySet()) {
            Deal deal = entry.getValue();
            if (deal.title().contains("gift guide") || deal.title().contains("candle reel")) {
                deal = new Deal(null, deal.contactId(), campaign, deal.title(), deal.stage(), deal.fee(), deal.gift(),
                        deal.affiliate(), deal.otherCompensation(), deal.deliverables(), deal.rights(),
                        deal.instalments(), deal.notes(), null, null, null);
            }
            deal.check();
            deals.put(entry.getKey(), repos.deals().insert(deal, now));
        }
        List<String> shortlist = List.of("Golden Hour Home", "Luna Bakes", "Wick & Wander", "Rooted Rituals",
                "Minimal Mads");
        repos.campaigns().addToShortlist(campaign, shortlist.stream().map(ids::get).filter(Objects::nonNull).toList());
        for (ShortlistEntry e : repos.campaigns().shortlist(campaign)) {
            String name = ids.entrySet().stream().filter(x -> x.getValue() == e.contactId()).map(Map.Entry::getKey)
                    .findFirst().orElse("");
            Money fee = switch (name) {
                case "Golden Hour Home" -> Money.of("460", "EUR");
                case "Luna Bakes" -> Money.of("150", "EUR");
                case "Wick & Wander" -> Money.of("300", "EUR");
                case "Rooted Rituals" -> Money.of("350", "EUR");
                default -> Money.of("250", "EUR");
            };
            Long deal = name.equals("Golden Hour Home") || name.equals("Luna Bakes") ? deals.get(name) : null;
            repos.campaigns().updateEntry(new ShortlistEntry(e.id(), campaign, e.contactId(), e.priority(),
                    name.equals("Minimal Mads"), fee, "Winter candle set", Money.of("64", "EUR"), deal, e.version()));
        }
    }

    /** Deals for the sample contacts found in {@code ids} (display name to id), by contact name. */
    static Map<String, Deal> forContacts(Map<String, Long> ids, LocalDate today) {
        Map<String, Deal> deals = new LinkedHashMap<>();
        add(deals, ids, "Luna Bakes", "Winter candle reel", DealStage.CONTENT_LIVE, Money.of("150", "EUR"),
                new Gift("Winter candle set", Money.of("64", "EUR"), Gift.Shipping.DELIVERED, "DHL", "JD014600",
                        "Calle de la Paz 12, 46003 Valencia"),
                List.of(deliverable(Deliverable.Type.REEL, Platform.TIKTOK, today.minusDays(4),
                        Deliverable.Status.PUBLISHED)),
                new Rights("website, newsletter", today.minusDays(20), today.plusDays(10), null, null, false),
                List.of(paid("75", "EUR", today.minusDays(12), "INV-2026-031"),
                        due("75", "EUR", today.plusDays(18), "INV-2026-032")));
        add(deals, ids, "Page & Pour", "Book-club giveaway", DealStage.AGREED, Money.of("300", "CAD"), null,
                List.of(deliverable(Deliverable.Type.VIDEO, Platform.TIKTOK, today.plusDays(6),
                        Deliverable.Status.DRAFT_RECEIVED)),
                null, List.of(due("300", "CAD", today.minusDays(3), "INV-2026-029")));
        add(deals, ids, "Soft Light Studio", "Candle-lit photography tutorial", DealStage.COMPLETED,
                Money.of("250", "USD"), null,
                List.of(deliverable(Deliverable.Type.VIDEO, Platform.YOUTUBE, today.minusDays(25),
                        Deliverable.Status.PUBLISHED)),
                null, List.of(paid("250", "USD", today.minusDays(15), "INV-2026-021")));
        add(deals, ids, "Golden Hour Home", "Holiday gift guide feature", DealStage.AGREED, Money.of("500", "USD"),
                new Gift("Holiday candle trio", Money.of("89", "USD"), Gift.Shipping.TO_SHIP, null, null,
                        "1200 Music Row, Nashville, TN 37203"),
                List.of(deliverable(Deliverable.Type.FEED_POST, Platform.INSTAGRAM, today.plusDays(12),
                        Deliverable.Status.PLANNED)),
                null, List.of(due("250", "USD", today.plusDays(5), "INV-2026-035"),
                        new Instalment(null, Money.of("250", "USD"), null,
                                new Instalment.DueRule(30, DealStage.CONTENT_LIVE), "bank transfer", null, null)));
        add(deals, ids, "Nordic Knits", "Cosy winter flat-lay", DealStage.PRODUCT_SENT, null,
                new Gift("Wool & wax gift box", Money.of("720", "NOK"), Gift.Shipping.SHIPPED, "Posten",
                        "NO449120", "Bryggen 3, 5003 Bergen"),
                List.of(deliverable(Deliverable.Type.STORY, Platform.INSTAGRAM, today.plusDays(3),
                        Deliverable.Status.PLANNED)),
                null, List.of());
        return deals;
    }

    private static void add(Map<String, Deal> deals, Map<String, Long> ids, String contact, String title, DealStage stage,
            Money fee, Gift gift, List<Deliverable> deliverables, Rights rights, List<Instalment> instalments) {
        Long id = ids.get(contact);
        if (id != null) {
            deals.put(contact, new Deal(null, id, null, title, stage, fee, gift, null, null, deliverables, rights,
                    instalments, null, null, null, null));
        }
    }

    private static Deliverable deliverable(Deliverable.Type type, Platform platform, LocalDate due,
            Deliverable.Status status) {
        return new Deliverable(null, type, platform, 1, due, status, null,
                status == Deliverable.Status.PUBLISHED ? due : null);
    }

    private static Instalment paid(String amount, String currency, LocalDate day, String invoice) {
        return new Instalment(null, Money.of(amount, currency), day, null, "bank transfer", invoice, day);
    }

    private static Instalment due(String amount, String currency, LocalDate day, String invoice) {
        return new Instalment(null, Money.of(amount, currency), day, null, "bank transfer", invoice, null);
    }
}
