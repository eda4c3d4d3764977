package app.rapport.service;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Gift;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A few fictional deals for the sample creators, dated around today, so Payments has something to show. */
final class SampleDeals {

    private SampleDeals() {
    }

    /** Deals for the sample contacts found in {@code ids} (display name to id); others are skipped. */
    static List<Deal> forContacts(Map<String, Long> ids, LocalDate today) {
        List<Deal> deals = new ArrayList<>();
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

    private static void add(List<Deal> deals, Map<String, Long> ids, String contact, String title, DealStage stage,
            Money fee, Gift gift, List<Deliverable> deliverables, Rights rights, List<Instalment> instalments) {
        Long id = ids.get(contact);
        if (id != null) {
            deals.add(new Deal(null, id, null, title, stage, fee, gift, null, null, deliverables, rights, instalments,
                    null, null, null, null));
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
