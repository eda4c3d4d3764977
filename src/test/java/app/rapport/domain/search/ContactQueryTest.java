package app.rapport.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContactQueryTest {

    @Test
    void plainWordsAndFiltersMix() {
        ContactQuery query = ContactQuery.parse("vegan  tag:food platform:tiktok Lyon");

        assertThat(query.errors()).isEmpty();
        assertThat(query.words()).containsExactly("vegan", "lyon");
        assertThat(query.term(QueryKey.TAG).orElseThrow().values()).containsExactly("food");
        assertThat(query.term(QueryKey.PLATFORM).orElseThrow().rawValue()).isEqualTo("tiktok");
    }

    @Test
    void everyComparisonReadsAsARange() {
        assertThat(range("followers:<50k")).isEqualTo(new NumberRange(null, false, new BigDecimal(50000), false));
        assertThat(range("followers:<=50K")).isEqualTo(new NumberRange(null, false, new BigDecimal(50000), true));
        assertThat(range("followers:>1.5m")).isEqualTo(new NumberRange(new BigDecimal(1500000), false, null, false));
        assertThat(range("followers:>=10000")).isEqualTo(new NumberRange(new BigDecimal(10000), true, null, false));
        assertThat(range("followers:=12k")).isEqualTo(NumberRange.exactly(new BigDecimal(12000)));
        assertThat(range("followers:10k..50k"))
                .isEqualTo(new NumberRange(new BigDecimal(10000), true, new BigDecimal(50000), true));
        assertThat(range("followers:..5k")).isEqualTo(new NumberRange(null, true, new BigDecimal(5000), true));
        assertThat(range("engagement:>=3.5%")).isEqualTo(new NumberRange(new BigDecimal("3.5"), true, null, false));
        assertThat(range("fit:>=4")).isEqualTo(new NumberRange(new BigDecimal(4), true, null, false));
        assertThat(range("fit:5")).isEqualTo(NumberRange.exactly(new BigDecimal(5)));
    }

    @Test
    void rangesKeepTheirEnds() {
        NumberRange under = range("followers:<50k");
        assertThat(under.contains(49_999)).isTrue();
        assertThat(under.contains(50_000)).isFalse();
        assertThat(range("followers:10k..50k").contains(50_000)).isTrue();
        assertThat(range("fit:>3").contains(3)).isFalse();
        assertThat(under.contains((BigDecimal) null)).isFalse();
    }

    @Test
    void quotesKeepSpacesAndCommasMeanOr() {
        ContactQuery query = ContactQuery.parse("campaign:\"Holiday gift guide\" status:prospect,contacted "
                + "\"slow living\"");

        assertThat(query.errors()).isEmpty();
        assertThat(query.term(QueryKey.CAMPAIGN).orElseThrow().rawValue()).isEqualTo("Holiday gift guide");
        assertThat(query.term(QueryKey.STATUS).orElseThrow().values()).containsExactly("prospect", "contacted");
        assertThat(query.words()).containsExactly("slow living");
    }

    @Test
    void aMinusExcludes() {
        ContactQuery query = ContactQuery.parse("-tag:fashion -drama e-mail");

        assertThat(query.term(QueryKey.TAG).orElseThrow().negated()).isTrue();
        assertThat(query.terms().get(1).negated()).isTrue();
        assertThat(query.words()).containsExactly("e-mail");
    }

    @Test
    void unicodeWordsAreFoldedForMatching() {
        ContactQuery query = ContactQuery.parse("Café 東京 Ørsted city:Zürich");

        assertThat(query.errors()).isEmpty();
        assertThat(query.words()).containsExactly("cafe", "東京", "ørsted");
        assertThat(query.term(QueryKey.CITY).orElseThrow().rawValue()).isEqualTo("Zürich");
    }

    @Test
    void keysAreCaseInsensitiveAndTakeTheirOtherSpellings() {
        ContactQuery query = ContactQuery.parse("TAG:Vegan Follow-Up:overdue Niche:food E-mail:gmail language:fr");

        assertThat(query.errors()).isEmpty();
        assertThat(query.terms()).extracting(QueryTerm::key).containsExactly(QueryKey.TAG, QueryKey.FOLLOWUP,
                QueryKey.TAG, QueryKey.EMAIL, QueryKey.LANGUAGE);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKnownKeysClosestFirst() {
        ContactQuery query = ContactQuery.parse("vegan nme:joy -folowers:>5k cuntry:\"United States\",Spain");

        assertThat(query.words()).containsExactly("vegan");
        assertThat(query.errors()).extracting(QueryError::message).satisfiesExactly(
                m -> assertThat(m).startsWith("Unknown filter \"nme:\": use name, "),
                m -> assertThat(m).startsWith("Unknown filter \"folowers:\": use followers, "),
                m -> assertThat(m).startsWith("Unknown filter \"cuntry:\": use country, "));
        assertThat(query.errors().get(0).message()).endsWith(".")
                .contains(Arrays.stream(QueryKey.values()).map(QueryKey::word).toList());
        assertThat(query.errors()).extracting(e -> query.text().substring(e.start(), e.end()))
                .containsExactly("nme:joy", "-folowers:>5k", "cuntry:\"United States\",Spain");
    }

    @Test
    void anOtherSpellingOfAKeyCountsAsCloseAsTheKey() {
        assertThat(QueryKey.closestTo("nich").get(0)).isEqualTo(QueryKey.TAG);
        assertThat(QueryKey.closestTo("follwoup").get(0)).isEqualTo(QueryKey.FOLLOWUP);
        assertThat(QueryKey.closestTo("hnadle").get(0)).isEqualTo(QueryKey.HANDLE);
        assertThat(QueryKey.closestTo("x")).containsExactlyInAnyOrder(QueryKey.values());
    }

    @Test
    void textThatMerelyHoldsAColonStaysAWord() {
        ContactQuery query = ContactQuery.parse("https://example.com/x example.com/luna:1 10:30 vegan: "
                + "mailto:ana@example.com note: std::x");

        assertThat(query.errors()).isEmpty();
        assertThat(query.words()).containsExactly("https://example.com/x", "example.com/luna:1", "10:30",
                "vegan:", "mailto:ana@example.com", "note:", "std::x");
    }

    @Test
    void nameHandleAndEmailAreFilters() {
        ContactQuery query = ContactQuery.parse("name:Joy handle:@luna.bakes email:gmail");

        assertThat(query.errors()).isEmpty();
        assertThat(query.terms()).extracting(QueryTerm::key)
                .containsExactly(QueryKey.NAME, QueryKey.HANDLE, QueryKey.EMAIL);
        assertThat(query.term(QueryKey.HANDLE).orElseThrow().values()).containsExactly("luna.bakes");
        assertThat(ContactQuery.parse("handle:@").errors()).extracting(QueryError::message)
                .containsExactly("Type a value after handle: — for example handle:@luna.");
    }

    @Test
    void mistakesBecomeInlineErrorsAndTheRestStillApplies() {
        ContactQuery query = ContactQuery.parse("vegan followers:<lots status:sleeping tag: fit:9 "
                + "platform:myspace followup:someday stale:maybe country:Atlantis");

        assertThat(query.words()).containsExactly("vegan");
        assertThat(query.errors()).extracting(QueryError::message).containsExactly(
                "Followers need a number such as 50k, <50k, 10k..100k or 1,000,000.",
                "Unknown status \"sleeping\": use prospect, contacted, replied, negotiating, partner, declined, "
                        + "not_a_fit, do_not_contact.",
                "Type a value after tag: — for example tag:vegan.",
                "Fit needs a rating from 1 to 5, such as 4, >=4 or none.",
                "Unknown platform \"myspace\": use instagram, tiktok, youtube, pinterest, facebook, x, threads, "
                        + "bluesky, twitch, snapchat, linkedin, blog, podcast, other.",
                "Unknown follow-up \"someday\": use overdue, today, due, week, planned, none.",
                "Stale takes yes or no.",
                "Unknown country \"Atlantis\": use a code such as FR, a name such as France.");
        QueryError first = query.errors().get(0);
        assertThat(query.text().substring(first.start(), first.end())).isEqualTo("followers:<lots");
    }

    @Test
    void anUnclosedQuoteIsPointedOut() {
        ContactQuery query = ContactQuery.parse("tag:vegan \"slow living");

        assertThat(query.term(QueryKey.TAG)).isPresent();
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("Close the quote opened here.");
            assertThat(e.start()).isEqualTo(10);
        });
    }

    @Test
    void statusesReadByLabelOrName() {
        assertThat(ContactQuery.parse("status:\"not a fit\" status:do_not_contact status:DNC status:Négotiating")
                .errors()).isEmpty();
    }

    @Test
    void aChipReplacesItsFilterAndKeepsTheRest() {
        assertThat(ContactQuery.withTerm("vegan tag:food lyon", QueryKey.TAG, "drinks"))
                .isEqualTo("vegan lyon tag:drinks");
        assertThat(ContactQuery.withTerm("vegan tag:food -tag:x", QueryKey.TAG, null)).isEqualTo("vegan");
        assertThat(ContactQuery.withTerm("", QueryKey.CAMPAIGN, "Holiday gifts"))
                .isEqualTo("campaign:\"Holiday gifts\"");
        assertThat(ContactQuery.withTerm("followers:<lots vegan", QueryKey.FOLLOWERS, "<50k"))
                .isEqualTo("vegan followers:<50k");
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> queryish = Arbitraries.strings()
                .withChars("tagfolwersunpimy:<>=.,\"- 0123456789kKmé東")
                .ofMaxLength(40);
        Arbitrary<String> keyed = Arbitraries.of(QueryKey.values()).flatMap(key -> Arbitraries.strings()
                .withChars("<>=.,\"- 0123456789kKnoyesabc%").ofMaxLength(12).map(v -> key.word() + ":" + v));
        return Arbitraries.oneOf(anything, queryish, keyed);
    }

    @Property(tries = 1000)
    void parsingNeverThrowsAndErrorsPointInsideTheText(@ForAll("queries") String text) {
        ContactQuery query = ContactQuery.parse(text);

        for (QueryError error : query.errors()) {
            assertThat(error.start()).isBetween(0, text.length());
            assertThat(error.end()).isBetween(error.start(), Math.max(text.length(), error.start() + 1));
        }
        for (QueryTerm term : query.terms()) {
            assertThat(term.end()).isLessThanOrEqualTo(text.length());
        }
        ContactQuery.withTerm(text, QueryKey.TAG, "vegan");
        new ContactSearch(SearchFacts.onlyToday(LocalDate.of(2026, 1, 1))).compile(query);
    }

    private static NumberRange range(String text) {
        ContactQuery query = ContactQuery.parse(text);
        assertThat(query.errors()).as(text).isEmpty();
        assertThat(query.terms().get(0).ranges()).as(text).hasSize(1);
        return query.terms().get(0).ranges().get(0);
    }
}
