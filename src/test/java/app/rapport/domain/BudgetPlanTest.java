package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static Campaign campaign(String budget, Campaign.ExchangeRate... rates) {
        return new Campaign(1L, "Holiday gift guide", null, null, null, Money.of(budget, "EUR"), List.of("candles"),
                Set.of(Platform.INSTAGRAM), Campaign.Status.PLANNING, List.of(rates), null, null);
    }

    private static ShortlistEntry plan(long contact, String fee, String currency, boolean backup) {
        return new ShortlistEntry((long) contact, 1, contact, (int) contact, backup,
                fee == null ? null : Money.of(fee, currency), null, null, null);
    }

    private static Influencer creator(long id, long instagram, long tiktok) {
        return Influencer.named("C" + id).withId(id).withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, "ig" + id).withFollowers(instagram),
                SocialAccount.of(Platform.TIKTOK, "tt" + id).withFollowers(tiktok)));
    }

    private static Deal deal(long id, long contact, DealStage stage, Money fee, Money gift, Instalment... paid) {
        return new Deal(id, contact, 1L, "Deal " + id, stage, fee,
                gift == null ? null : new Gift("Candles", gift, null, null, null, null), null, null, null, null,
                List.of(paid), null, null, null, null);
    }

    @Test
    void plansOverTheBudgetWarnAndAFeeChangeClearsTheWarning() {
        Campaign c = campaign("1000");
        List<ShortlistEntry> entries = List.of(plan(1, "300", "EUR", false), plan(2, "400", "EUR", false),
                plan(3, "500", "EUR", false), plan(4, "900", "EUR", true));

        BudgetPlan over = BudgetPlan.of(c, entries, List.of(), Map.of(), Locale.UK);
        BudgetPlan within = BudgetPlan.of(c, List.of(entries.get(0), entries.get(1), entries.get(2).withPlan(
                Money.of("200", "EUR"), null, null), entries.get(3)), List.of(), Map.of(), Locale.UK);

        assertThat(over.planned()).isEqualTo(Money.of("1200", "EUR"));
        assertThat(over.warnings()).containsExactly("The plan is €200.00 over the budget.");
        assertThat(over.remaining()).isEqualTo(Money.of("-200", "EUR"));
        assertThat(within.warnings()).isEmpty();
        assertThat(within.remaining()).isEqualTo(Money.of("100", "EUR"));
    }

    @Test
    void otherCurrenciesCountAtTheCampaignsRateRoundedHalfEvenPerAmount() {
        Campaign c = campaign("1000", new Campaign.ExchangeRate(Currency.getInstance("USD"),
                new BigDecimal("0.9215"), DAY));
        // 333.33 USD × 0.9215 = 307.164... → 307.16 EUR; 100.01 USD → 92.159... → 92.16 EUR
        List<ShortlistEntry> entries = List.of(plan(1, "333.33", "USD", false), plan(2, "100.01", "USD", false),
                plan(3, "5000", "JPY", false));

        BudgetPlan plan = BudgetPlan.of(c, entries, List.of(), Map.of(), Locale.UK);

        assertThat(plan.planned()).isEqualTo(Money.of("399.32", "EUR"));
        assertThat(plan.unconverted().amounts()).containsExactly(Money.of("5000", "JPY"));
        assertThat(plan.warnings()).containsExactly(
                "Amounts in JPY are not counted: add an exchange rate to the campaign.");
    }

    @Test
    void committedPaidGiftedAndRemainingFollowTheDeals() {
        Campaign c = campaign("2000");
        Instalment paid = new Instalment(1L, Money.of("100", "EUR"), DAY, null, null, null, DAY);
        List<Deal> deals = List.of(
                deal(10, 1, DealStage.AGREED, Money.of("300", "EUR"), Money.of("50", "EUR"), paid),
                deal(11, 2, DealStage.PROPOSED, Money.of("999", "EUR"), null),
                deal(12, 3, DealStage.CANCELLED, Money.of("999", "EUR"), null));
        List<ShortlistEntry> entries = List.of(plan(1, "300", "EUR", false).withDeal(10L),
                plan(2, "400", "EUR", false).withDeal(11L));
        Map<Long, Influencer> contacts = Map.of(1L, creator(1, 40_000, 90_000), 2L, creator(2, 10_000, 5_000));

        BudgetPlan plan = BudgetPlan.of(c, entries, deals, contacts, Locale.UK);

        assertThat(plan.committed()).isEqualTo(Money.of("350", "EUR"));
        assertThat(plan.gifted()).isEqualTo(Money.of("50", "EUR"));
        assertThat(plan.paid()).isEqualTo(Money.of("100", "EUR"));
        // 2000 - 350 committed - 400 planned for the creator whose deal is only proposed
        assertThat(plan.remaining()).isEqualTo(Money.of("1250", "EUR"));
        assertThat(plan.reachCommitted()).isEqualTo(40_000);
        assertThat(plan.reachPlanned()).isEqualTo(50_000);
        assertThat(plan.costPerThousandCommitted()).isEqualTo(Money.of("8.75", "EUR"));
        assertThat(plan.costPerThousandPlanned()).isEqualTo(Money.of("14", "EUR"));
    }
}
