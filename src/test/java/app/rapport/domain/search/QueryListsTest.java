package app.rapport.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Commas in a filter's value mean "or", and a quoted alternative keeps its spaces and commas. */
class QueryListsTest {

    @Test
    void aQuotedValueInsideACommaListIsOneValue() {
        ContactQuery query = ContactQuery.parse("country:\"United States\",Spain tag:\"self care\",vegan "
                + "campaign:\"Holiday, 2026\",Spring");

        assertThat(query.errors()).isEmpty();
        assertThat(query.term(QueryKey.COUNTRY).orElseThrow().values()).containsExactly("United States", "Spain");
        assertThat(query.term(QueryKey.TAG).orElseThrow().values()).containsExactly("self care", "vegan");
        assertThat(query.term(QueryKey.CAMPAIGN).orElseThrow().values()).containsExactly("Holiday, 2026", "Spring");
        assertThat(query.words()).isEmpty();
    }

    @Test
    void aQuotedListIsOneTermFromItsKeyToItsLastValue() {
        String text = "vegan -country:Spain,\"United States\" lyon";
        QueryTerm country = ContactQuery.parse(text).term(QueryKey.COUNTRY).orElseThrow();

        assertThat(text.substring(country.start(), country.end())).isEqualTo("-country:Spain,\"United States\"");
        assertThat(country.rawValue()).isEqualTo("Spain,\"United States\"");
    }

    @Test
    void aChipReplacesAQuotedListWhole() {
        assertThat(ContactQuery.withTerm("vegan country:\"United States\",Spain lyon", QueryKey.COUNTRY, "FR"))
                .isEqualTo("vegan lyon country:FR");
        assertThat(ContactQuery.withTerm("campaign:\"Holiday, 2026\",Spring vegan", QueryKey.CAMPAIGN, null))
                .isEqualTo("vegan");
    }

    @Test
    void aTypedListShownOnAChipIsWrittenBackAsTyped() {
        String typed = ContactQuery.parse("country:\"United States\",Spain").term(QueryKey.COUNTRY).orElseThrow()
                .rawValue();

        assertThat(ContactQuery.withTerm("vegan", QueryKey.COUNTRY, typed))
                .isEqualTo("vegan country:\"United States\",Spain");
        assertThat(ContactQuery.quoted("Holiday, 2026")).isEqualTo("\"Holiday, 2026\"");
        assertThat(ContactQuery.quoted("5\" heels")).isEqualTo("\"5 heels\"");
    }

    @Test
    void aSingleQuotedPhraseKeepsItsCommaAndLosesItsQuotes() {
        QueryTerm campaign = ContactQuery.parse("campaign:\"Holiday, 2026\"").term(QueryKey.CAMPAIGN).orElseThrow();

        assertThat(campaign.rawValue()).isEqualTo("Holiday, 2026");
        assertThat(campaign.values()).containsExactly("Holiday, 2026");
    }

    @Test
    void anUnclosedQuoteInAListIsPointedOut() {
        ContactQuery query = ContactQuery.parse("tag:vegan country:Spain,\"United States");

        assertThat(query.term(QueryKey.TAG)).isPresent();
        assertThat(query.term(QueryKey.COUNTRY)).isEmpty();
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("Close the quote opened here.");
            assertThat(e.start()).isEqualTo(10);
        });
    }
}
