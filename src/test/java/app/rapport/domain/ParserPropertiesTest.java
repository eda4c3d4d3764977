package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a spreadsheet cell holds, a parser answers with a value or its own typed error, never a crash. */
class ParserPropertiesTest {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789.,-+ %kKmMbB$€@/'\u00a0")
                .ofMaxLength(16);
        return Arbitraries.oneOf(anything, numberish);
    }

    @Property(tries = 400)
    void followerCountsAreACountOrANumberFormatError(@ForAll("cells") String text) {
        try {
            FollowerCounts.parse(text).ifPresent(n -> assertThat(n).isNotNegative());
        } catch (NumberFormatException | ArithmeticException expected) {
            // the parser's own answer for "not a count"
        }
    }

    @Property(tries = 400)
    void engagementRatesAreANumberOrANumberFormatError(@ForAll("cells") String text) {
        try {
            EngagementRates.parse(text);
        } catch (NumberFormatException expected) {
            // "not a rate"
        }
    }

    @Property(tries = 400)
    void moneyIsAnAmountOrARuleViolation(@ForAll("cells") String text) {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE}) {
            try {
                MoneyParser.parse(text, Currency.getInstance("EUR"), locale);
            } catch (RuleViolation expected) {
                // "not an amount", "could mean two amounts", "too many decimals"
            }
        }
    }

    @Property(tries = 400)
    void profileLinksCountriesAndMojibakeRepairNeverThrow(@ForAll("cells") String text) {
        SocialHandles.parseProfileUrl(text);
        SocialHandles.normalize(text);
        Countries.find(text, Locale.ENGLISH);
        assertThat(Text.repairMojibake(text)).isNotNull();
        Tags.parse(text);
    }
}
