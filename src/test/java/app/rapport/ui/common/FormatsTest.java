package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Money;
import app.rapport.domain.MoneyTotals;
import app.rapport.domain.text.Language;
import app.rapport.domain.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Values on screen are written the way the language Rapport speaks writes them. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void germanWritesMoneyPercentDatesAndShortCountsItsOwnWay() {
        try (var s = Messages.speak(Locale.GERMAN)) {
            assertThat(Formats.money(Money.of("75", "EUR"))).isEqualTo("75,00\u00a0€");
            assertThat(Formats.money(Money.of("1234.5", "USD"))).isEqualTo("1.234,50\u00a0$");
            assertThat(Formats.money(MoneyTotals.of(List.of(Money.of("75", "EUR"), Money.of("20", "CHF")))))
                    .isEqualTo("20,00\u00a0CHF · 75,00\u00a0€");
            assertThat(Formats.percent(new BigDecimal("4.2"))).isEqualTo("4,2\u00a0%");
            assertThat(Formats.shortDate(DAY)).isEqualTo("03.12.26");
            assertThat(Formats.mediumDate(DAY)).isEqualTo("03.12.2026");
            assertThat(Formats.fullDate(DAY)).isEqualTo("Donnerstag, 3. Dezember 2026");
            assertThat(Formats.monthAndYear(YearMonth.from(DAY))).isEqualTo("Dezember 2026");
            assertThat(Formats.followers(1_240_000L)).isEqualTo("1,2\u00a0Mio.");
            assertThat(Formats.followers(12_400L)).isEqualTo("12.400");
            assertThat(Formats.whole(12_400)).isEqualTo("12.400");
        }
    }

    @Test
    void englishAndThePseudoLanguageWriteAsEnglishDoes() {
        for (Locale locale : List.of(Locale.ENGLISH, Language.PSEUDO)) {
            try (var s = Messages.speak(locale)) {
                assertThat(Formats.money(Money.of("75", "EUR"))).isEqualTo("€75.00");
                assertThat(Formats.percent(new BigDecimal("4.2"))).isEqualTo("4.2%");
                assertThat(Formats.mediumDate(DAY)).isEqualTo("Dec 3, 2026");
                assertThat(Formats.followers(12_400L)).isEqualTo("12.4K");
                assertThat(Formats.whole(12_400)).isEqualTo("12,400");
            }
        }
    }

    @Test
    void frenchAndBrazilianWriteMoneyAndPercentTheirWay() {
        try (var s = Messages.speak(Locale.FRENCH)) {
            assertThat(Formats.money(Money.of("75", "EUR"))).isEqualTo("75,00\u00a0€");
            assertThat(Formats.percent(new BigDecimal("4.2"))).isEqualTo("4,2\u00a0%");
            assertThat(Formats.followers(12_400L)).isEqualTo("12,4\u00a0k");
        }
        try (var s = Messages.speak(Locale.forLanguageTag("pt-BR"))) {
            assertThat(Formats.money(Money.of("75", "BRL"))).isEqualTo("R$\u00a075,00");
            assertThat(Formats.money(Money.of("75", "EUR"))).isEqualTo("€\u00a075,00");
            assertThat(Formats.followers(12_400L)).isEqualTo("12,4\u00a0mil");
        }
    }
}
