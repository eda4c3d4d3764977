package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures in the six languages Rapport speaks: what a user of each types reads as the number meant, and what
 * Rapport writes in a locale reads back as the same value.
 */
class LocalFiguresTest {

    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("de"),
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("es"), Locale.forLanguageTag("it"),
            Locale.forLanguageTag("pt-BR"));
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY", "BRL", "BHD", "SEK");

    @ParameterizedTest(name = "\"{1}\" typed in {0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "en    | 12.4K       | 12400",
        "en    | 12,4K       | 12400",
        "en    | 12,4 k      | 12400",
        "en    | 12.4k       | 12400",
        "en    | 1.2M        | 1200000",
        "en    | 1,2 M       | 1200000",
        "en    | 1,2 Mio.    | 1200000",
        "en    | 2,5 Mrd.    | 2500000000",
        "en    | 12 400      | 12400",
        "en    | 12,400      | 12400",
        "en    | 1,234K      | 1234000",
        "de    | 12.4K       | 12400",
        "de    | 12,4K       | 12400",
        "de    | 12,4 k      | 12400",
        "de    | 12.4k       | 12400",
        "de    | 1,2 Mio.    | 1200000",
        "de    | 1.2M        | 1200000",
        "de    | 1,2 M       | 1200000",
        "de    | 2,5 Mrd.    | 2500000000",
        "de    | 12 400      | 12400",
        "de    | 12.400      | 12400",
        "de    | 1,234K      | 1234",
        "fr    | 12,4 k      | 12400",
        "fr    | 12.4K       | 12400",
        "fr    | 1,2 M       | 1200000",
        "fr    | 1,2 Md      | 1200000000",
        "fr    | 12 400      | 12400",
        "fr    | 12\u202f400 | 12400",
        "es    | 3 mil       | 3000",
        "es    | 12,4 mil    | 12400",
        "es    | 1,2 M       | 1200000",
        "es    | 12.400      | 12400",
        "es    | 2,5 mil M   | 2500000000",
        "es    | 2500 M      | 2500000000",
        "it    | 12.400      | 12400",
        "it    | 12,4K       | 12400",
        "it    | 1,2 Mln     | 1200000",
        "it    | 2,5 Mrd     | 2500000000",
        "pt-BR | 3 mil       | 3000",
        "pt-BR | 12,4 mil    | 12400",
        "pt-BR | 1,2 mi      | 1200000",
        "pt-BR | 2,5 bi      | 2500000000",
        "pt-BR | 12.400      | 12400",
    })
    void countsAreReadAsTheirLocaleWritesThem(String tag, String typed, long expected) {
        assertThat(FollowerCounts.parse(typed, Locale.forLanguageTag(tag))).contains(expected);
    }

    @ParameterizedTest(name = "\"{1}\" typed in {0} is refused")
    @CsvSource(delimiter = '|', value = {
        "de | 12,400",
        "en | 12.400",
        "en | 3 mil",
        "de | 12.4",
        "en | 12,4",
        "en | -5",
        "en | 12.400.5",
    })
    void aCountTheLocaleReadsAsAFractionIsRefused(String tag, String typed) {
        assertThatThrownBy(() -> FollowerCounts.parse(typed, Locale.forLanguageTag(tag)))
                .isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "\"{1}\" typed in {0} is {3} {2}")
    @CsvSource(delimiter = '|', value = {
        "de    | 75,00          | EUR | 75.00",
        "de    | 1.234,56 €     | EUR | 1234.56",
        "en    | 1,234.56       | EUR | 1234.56",
        "en    | €1,234.56      | EUR | 1234.56",
        "fr    | 1 234,56 €     | EUR | 1234.56",
        "es    | 1.234,56 €     | EUR | 1234.56",
        "it    | 1.234,56 €     | EUR | 1234.56",
        "pt-BR | R$ 75,00       | BRL | 75.00",
        "pt-BR | R$ 1.234,56    | BRL | 1234.56",
    })
    void amountsAreReadAsTheirLocaleWritesThem(String tag, String typed, String currency, BigDecimal expected) {
        assertThat(MoneyParser.parse(typed, Currency.getInstance(currency), Locale.forLanguageTag(tag)).amount())
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(LOCALES);
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L),
                Arbitraries.of(CURRENCIES)).as((units, code) -> {
                    Currency currency = Currency.getInstance(code);
                    return new Money(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
                });
    }

    @Property(tries = 600)
    void moneyWrittenInALocaleReadsBackInIt(@ForAll("amounts") Money money, @ForAll("locales") Locale locale) {
        assertThat(MoneyParser.parse(money.format(locale), money.currency(), locale)).isEqualTo(money);
    }

    @Property(tries = 300)
    void anAmountToEditReadsBackInItsLocale(@ForAll("amounts") Money money, @ForAll("locales") Locale locale) {
        assertThat(MoneyParser.parse(LocalNumbers.plain(money.amount(), locale), money.currency(), locale))
                .isEqualTo(money);
    }

    @Property(tries = 400)
    void wholeNumbersWrittenInALocaleReadBackInIt(@ForAll @LongRange(max = 999_999_999_999L) long number,
            @ForAll("locales") Locale locale) {
        assertThat(FollowerCounts.parse(LocalNumbers.whole(number, locale), locale)).contains(number);
    }

    @Provide
    Arbitrary<Long> shortCounts() {
        // Counts a short figure shows exactly: whole below a thousand, else one decimal of thousands, millions
        // or billions.
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 999),
                Arbitraries.longs().between(10, 9_999).map(m -> m * 100),
                Arbitraries.longs().between(10, 9_999).map(m -> m * 100_000),
                Arbitraries.longs().between(10, 9_999).map(m -> m * 100_000_000));
    }

    @Property(tries = 600)
    void aShortCountReadsBackAsTheCountItShows(@ForAll("shortCounts") long count,
            @ForAll("locales") Locale locale) {
        assertThat(FollowerCounts.parse(FollowerCounts.abbreviate(count, locale), locale)).contains(count);
    }

    @Property(tries = 600)
    void aShortCountNeverShowsMoreThanThereIsNorATenthLess(@ForAll @LongRange(max = 999_999_999_999L) long count,
            @ForAll("locales") Locale locale) {
        long shown = FollowerCounts.parse(FollowerCounts.abbreviate(count, locale), locale).orElseThrow();
        assertThat(shown).isLessThanOrEqualTo(count).isGreaterThan(count - count / 10 - 1);
    }

    @Property(tries = 400)
    void aRateWrittenInALocaleReadsBackInIt(@ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal rate,
            @ForAll("locales") Locale locale) {
        BigDecimal normal = EngagementRates.normalize(rate);
        assertThat(EngagementRates.parse(EngagementRates.format(normal, locale))).contains(normal);
        assertThat(EngagementRates.parse(LocalNumbers.plain(normal, locale))).contains(normal);
    }

    @ParameterizedTest(name = "{0} in {1} is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "12400      | en | 12.4K",
        "1240000    | en | 1.2M",
        "999999     | en | 999.9K",
        "3000000000 | en | 3B",
        "12400      | de | 12.400",
        "1240000    | de | 1,2\u00a0Mio.",
        "2500000000 | de | 2,5\u00a0Mrd.",
        "950        | de | 950",
    })
    void countsAreShownShortWithOneDecimalCutNotRounded(long count, String tag, String shown) {
        assertThat(FollowerCounts.abbreviate(count, Locale.forLanguageTag(tag))).isEqualTo(shown);
    }
}
