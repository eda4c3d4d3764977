package app.rapport.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers in filters as people write them: a comma, a dot or a space between groups of three digits is part of
 * the number, while a comma between alternatives ({@code <10k,>1m}) means "or".
 */
class QueryNumbersTest {

    private static final NumberRange OVER_A_MILLION = new NumberRange(new BigDecimal(1_000_000), false, null, false);

    @ParameterizedTest
    @ValueSource(strings = {"followers:>1,000,000", "followers:>1.000.000", "followers:>1 000 000",
        "followers:>1'000'000", "followers:>1\u00a0000\u00a0000", "followers:>1\u202f000\u202f000",
        "followers:>1m", "followers:\">1 000 000\""})
    void aNumberWithThousandsSeparatorsIsOneNumber(String text) {
        ContactQuery query = ContactQuery.parse(text);

        assertThat(query.errors()).isEmpty();
        assertThat(query.terms()).singleElement().satisfies(term -> {
            assertThat(term.ranges()).containsExactly(OVER_A_MILLION);
            assertThat(term.values()).hasSize(1);
            assertThat(term.end()).isEqualTo(text.length());
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "followers:10,000..100,000 | 10000   | 100000",
        "followers:10.000..100.000 | 10000   | 100000",
        "followers:10 000..100 000 | 10000   | 100000",
        "followers:1,5m..2,5M      | 1500000 | 2500000",
        "followers:1.5k..1,500     | 1500    | 1500"})
    void aRangeTakesGroupedEnds(String text, long low, long high) {
        ContactQuery query = ContactQuery.parse(text);

        assertThat(query.errors()).isEmpty();
        assertThat(query.terms()).singleElement().extracting(QueryTerm::ranges).isEqualTo(List.of(
                new NumberRange(BigDecimal.valueOf(low), true, BigDecimal.valueOf(high), true)));
    }

    @Test
    void aCommaAfterAUnitOrAComparisonMeansOr() {
        QueryTerm list = ContactQuery.parse("followers:<10k,>1,000,000").terms().get(0);
        assertThat(list.values()).containsExactly("<10k", ">1,000,000");
        assertThat(list.ranges()).containsExactly(new NumberRange(null, false, new BigDecimal(10_000), false),
                OVER_A_MILLION);

        QueryTerm exact = ContactQuery.parse("followers:10k,50k").terms().get(0);
        assertThat(exact.ranges()).containsExactly(NumberRange.exactly(new BigDecimal(10_000)),
                NumberRange.exactly(new BigDecimal(50_000)));
    }

    @Test
    void aCommaBetweenDigitsThatGroupsNothingIsExplained() {
        ContactQuery query = ContactQuery.parse("followers:10000,20000");

        assertThat(query.terms()).isEmpty();
        assertThat(query.errors()).extracting(QueryError::message).containsExactly("\"10000,20000\" is not one "
                + "number: a comma between digits groups thousands (1,000,000), so list numbers with k or m "
                + "(10k,20k).");
    }

    @Test
    void aSpacedNumberEndsAtTheNextWord() {
        ContactQuery query = ContactQuery.parse("followers:>1 000 vegan 200 -tag:x");

        assertThat(query.errors()).isEmpty();
        assertThat(query.term(QueryKey.FOLLOWERS).orElseThrow().ranges())
                .containsExactly(new NumberRange(new BigDecimal(1_000), false, null, false));
        assertThat(query.words()).containsExactly("vegan", "200");
        assertThat(ContactQuery.parse("followers:>1000 000").words()).as("not a group of three after four digits")
                .containsExactly("000");
        assertThat(ContactQuery.parse("followers:10 000k").words()).as("a group is three digits alone")
                .containsExactly("000k");
    }

    @Test
    void aChipReplacesASpacedNumberWhole() {
        assertThat(ContactQuery.withTerm("vegan followers:>1 000 000 lyon", QueryKey.FOLLOWERS, "<10k"))
                .isEqualTo("vegan lyon followers:<10k");
        assertThat(ContactQuery.withTerm("vegan", QueryKey.FOLLOWERS, ">1 000 000"))
                .isEqualTo("vegan followers:\">1 000 000\"");
    }

    @Test
    void engagementTakesADecimalCommaAndFitAList() {
        assertThat(ContactQuery.parse("engagement:2,5").terms().get(0).ranges())
                .containsExactly(NumberRange.exactly(new BigDecimal("2.5")));
        assertThat(ContactQuery.parse("engagement:<1,>6").terms().get(0).ranges()).hasSize(2);
        assertThat(ContactQuery.parse("fit:4,5").terms().get(0).ranges())
                .containsExactly(NumberRange.exactly(new BigDecimal(4)), NumberRange.exactly(new BigDecimal(5)));
        QueryTerm unratedOrTop = ContactQuery.parse("fit:none,5").terms().get(0);
        assertThat(unratedOrTop.values()).containsExactly("none", "5");
        assertThat(unratedOrTop.ranges()).containsExactly(NumberRange.exactly(new BigDecimal(5)));
    }
}
