package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} in {1} is {3} {2}")
    @CsvSource(delimiter = '|', value = {
        "1.200,50      | de-DE | EUR | 1200.50",
        "1,200.50      | en-US | EUR | 1200.50",
        "1 200,50      | fr-FR | EUR | 1200.50",
        "1.200         | de-DE | EUR | 1200.00",
        "1,200         | en-US | USD | 1200.00",
        "150           | en-US | EUR | 150.00",
        "€150          | en-US | EUR | 150.00",
        "EUR 300       | en-GB | EUR | 300.00",
        "75,5          | de-DE | EUR | 75.50",
        "1,234         | en-US | JPY | 1234",
        "5000          | ja-JP | JPY | 5000",
        "1.250         | en-US | BHD | 1.250",
        "12,5          | de-DE | BHD | 12.500",
    })
    void amountsAreReadTheWayTheLocaleWritesThem(String text, String locale, String currency, String expected) {
        Money money = MoneyParser.parse(text, Currency.getInstance(currency), Locale.forLanguageTag(locale));
        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} in {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "1,200.50 | de-DE | EUR",
        "1.200,50 | en-US | EUR",
        "1.200    | en-US | EUR",
        "1,20     | en-US | EUR",
        "12.5     | en-US | JPY",
        "1.2345   | en-US | BHD",
        "lots     | en-US | EUR",
        "''       | en-US | EUR",
    })
    void ambiguousOrImpossibleAmountsAreRefusedWithAMessage(String text, String locale, String currency) {
        assertThatThrownBy(() -> MoneyParser.parse(text, Currency.getInstance(currency), Locale.forLanguageTag(locale)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageMatching("(Enter an amount such as|\".*\" could mean two amounts|.* amounts have).*");
    }

    @Test
    void theMinorUnitFollowsTheCurrency() {
        assertThat(Money.of("5000", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "BHD").amount()).isEqualTo(new BigDecimal("1.500"));
        assertThat(Money.of("150", "EUR").format(Locale.GERMANY)).isEqualTo("150,00\u00a0€");
        assertThat(Money.of("150", "EUR").format(Locale.US)).isEqualTo("€150.00");
        assertThat(Money.of("5000", "JPY").format(Locale.US)).isEqualTo("¥5,000");
        assertThat(Money.of("1.5", "BHD").plain()).isEqualTo("1.500 BHD");
    }

    @Test
    void totalsAreKeptPerCurrencyNeverConverted() {
        MoneyTotals totals = MoneyTotals.of(List.of(Money.of("75", "EUR"), Money.of("20", "USD"),
                Money.of("75", "EUR")));

        assertThat(totals.amounts()).containsExactly(Money.of("150", "EUR"), Money.of("20", "USD"));
        assertThat(totals.toString()).isEqualTo("150.00 EUR · 20.00 USD");
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void netDaysAfterAStageCountFromTheDayTheStageWasReached() {
        Instalment net30 = new Instalment(null, Money.of("75", "EUR"), null,
                new Instalment.DueRule(30, DealStage.CONTENT_LIVE), null, null, null);
        Instalment fixed = new Instalment(null, Money.of("75", "EUR"), LocalDate.of(2026, 12, 1), null, null, null,
                null);

        assertThat(net30.dueDate(Map.of(DealStage.AGREED, LocalDate.of(2026, 11, 1)))).isEmpty();
        assertThat(net30.dueDate(Map.of(DealStage.CONTENT_LIVE, LocalDate.of(2026, 11, 20))))
                .hasValue(LocalDate.of(2026, 12, 20));
        assertThat(fixed.dueDate(Map.of())).hasValue(LocalDate.of(2026, 12, 1));
        assertThat(net30.dueRule().toString()).isEqualTo("Net 30 after content live");
    }

    @Test
    void paymentsAreOverdueDueSoonLaterOrPaid() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        Deal deal = new Deal(1L, 1, null, "Reel", DealStage.AGREED, null, null, null, null, null, null, null, null,
                null, null, null);
        Instalment base = new Instalment(1L, Money.of("10", "EUR"), today, null, null, null, null);

        assertThat(Payment.of(deal, base, "Luna", today.plusDays(1)).state()).isEqualTo(Payment.State.OVERDUE);
        assertThat(Payment.of(deal, base, "Luna", today).state()).isEqualTo(Payment.State.DUE_SOON);
        assertThat(Payment.of(deal, base, "Luna", today.minusDays(31)).state()).isEqualTo(Payment.State.LATER);
        assertThat(Payment.of(deal, base.paid(today), "Luna", today.plusDays(5)).state())
                .isEqualTo(Payment.State.PAID);
    }

    @Test
    void aDealWithUnpaidOrUnpublishedWorkListsWhatBlocksCompletion() {
        Deal deal = new Deal(1L, 1, null, "Reel", DealStage.CONTENT_LIVE, null, null, null, null,
                List.of(new Deliverable(null, Deliverable.Type.REEL, Platform.INSTAGRAM, 1, null,
                        Deliverable.Status.APPROVED, null, null)),
                null, List.of(new Instalment(null, Money.of("75", "EUR"), null, null, null, null, null),
                        new Instalment(null, Money.of("75", "EUR"), null, null, null, null, null)),
                null, null, null, null);

        assertThat(deal.completionBlockers())
                .containsExactly("2 instalments are not paid", "1 deliverable is not published");
    }
}
