package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.BrandFit;
import app.rapport.domain.Campaign;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.Money;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.search.SavedView;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Searches over a generated workspace whose every attribute follows from the contact's number, so each
 * query's answer is computed here independently of the search code.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SearchServiceTest {

    @Parameter
    Backend backend;

    private static final int SIZE = 360;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String[] CITIES = {"Lyon", "Paris", "New York", "Zürich", "Kyoto"};
    private static final String[] COUNTRIES = {"FR", "FR", "US", "CH", "JP"};
    private static final String[] NICHES = {"vegan", "food", "travel", "slow living", "fashion", "fitness", "books"};
    private static final Platform[] PLATFORMS = {Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE};
    private static final OutreachStatus[] STATUSES = OutreachStatus.values();

    @TempDir
    static Path folder;
    private static Session session;

    @BeforeParameterizedClassInvocation
    static void generate(Backend backend) {
        session = backend.open(folder.resolve("ws-" + backend), new MutableClock(Instant.parse("2026-11-27T09:00:00Z")));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            ids.add(session.contacts().save(contact(i)).id());
        }
        Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday gifts", null, TODAY,
                TODAY.plusMonths(1), Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
        session.campaigns().addToShortlist(holiday.id(),
                IntStream.range(0, SIZE).filter(i -> i % 13 == 0).mapToObj(ids::get).toList());
        Campaign withComma = session.campaigns().save(new Campaign(null, "Holiday, 2026", null, TODAY,
                TODAY.plusMonths(2), Money.of("500", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
        session.campaigns().addToShortlist(withComma.id(),
                IntStream.range(0, SIZE).filter(i -> i % 19 == 0).mapToObj(ids::get).toList());
        IntStream.range(0, SIZE).filter(i -> i % 17 == 0).forEach(i -> session.outreach().log(new Interaction(null,
                ids.get(i), Instant.parse("2026-11-20T10:00:00Z"), Interaction.Channel.EMAIL,
                Interaction.Direction.OUTBOUND, "Sent the gifting offer", null)));
    }

    @AfterParameterizedClassInvocation
    static void close() {
        session.close();
    }

    private static Influencer contact(int i) {
        String name = (i % 10 == 0 ? "Café Créatrice " : "Creator ") + i;
        List<SocialAccount> accounts = new ArrayList<>();
        accounts.add(new SocialAccount(null, PLATFORMS[i % 3], "handle" + i, null, followers(i),
                new BigDecimal(i % 9), TODAY.minusDays(i % 200), null, null));
        LocalDate followUp = i % 3 == 0 ? TODAY.plusDays(i % 11 - 5) : null;
        String realName = i % 9 == 0 ? "Zoë Joyce" : null;
        return new Influencer(null, name, realName, i % 4 == 0 ? "c" + i + "@gmail.com" : null, null, CITIES[i % 5],
                COUNTRIES[i % 5], List.of(), List.of(NICHES[i % 7], NICHES[(i / 7) % 7]),
                i % 8 == 0 ? "Audience loves matcha lattes" : null, accounts,
                new BrandFit(i % 6 == 0 ? null : i % 6, null, List.of()),
                new Outreach(STATUSES[i % STATUSES.length], null, followUp, followUp == null ? null : "check"),
                null, null);
    }

    private static long followers(int i) {
        return (i * 997L) % 200_000;
    }

    private static boolean hasTag(int i, String tag) {
        return NICHES[i % 7].equals(tag) || NICHES[(i / 7) % 7].equals(tag);
    }

    @Test
    void theExampleSearchFindsExactlyItsContacts() {
        assertFinds("tag:vegan city:lyon platform:tiktok followers:<50k status:prospect",
                i -> hasTag(i, "vegan") && i % 5 == 0 && i % 3 == 0 && followers(i) < 50_000 && i % 8 == 0);
    }

    @Test
    void wordsMatchAnyTextAccentAndCaseBlind() {
        assertFinds("cafe", i -> i % 10 == 0);
        assertFinds("CAFÉ créatrice 20", i -> i % 10 == 0 && String.valueOf(i).contains("20"));
        assertFinds("matcha", i -> i % 8 == 0);
        assertFinds("gifting offer", i -> i % 17 == 0);
        assertFinds("zurich", i -> i % 5 == 3);
        assertFinds("new york", i -> i % 5 == 2);
        assertFinds("switzerland", i -> i % 5 == 3);
        assertFinds("@handle12", i -> String.valueOf(i).startsWith("12"));
        assertFinds("gmail -cafe", i -> i % 4 == 0 && i % 10 != 0);
    }

    @Test
    void everyFilterKeepsItsContacts() {
        assertFinds("status:partner,replied", i -> STATUSES[i % 8] == OutreachStatus.PARTNER
                || STATUSES[i % 8] == OutreachStatus.REPLIED);
        assertFinds("fit:>=4", i -> i % 6 >= 4);
        assertFinds("fit:none", i -> i % 6 == 0);
        assertFinds("followers:10k..20k", i -> followers(i) >= 10_000 && followers(i) <= 20_000);
        assertFinds("engagement:>6", i -> i % 9 > 6);
        assertFinds("country:france", i -> i % 5 <= 1);
        assertFinds("country:JP,CH", i -> i % 5 >= 3);
        assertFinds("followup:overdue", i -> i % 3 == 0 && i % 11 < 5);
        assertFinds("followup:today", i -> i % 3 == 0 && i % 11 == 5);
        assertFinds("followup:week", i -> i % 3 == 0 && i % 11 >= 5);
        assertFinds("followup:none", i -> i % 3 != 0);
        assertFinds("campaign:\"holiday GIFTS\"", i -> i % 13 == 0);
        assertFinds("-tag:vegan tag:\"slow living\"", i -> !hasTag(i, "vegan") && hasTag(i, "slow living"));
        assertFinds("stale:yes", i -> i % 200 > 90);
        assertFinds("has:email", i -> i % 4 == 0);
        assertFinds("platform:youtube email:gmail", i -> i % 3 == 2 && i % 4 == 0);
    }

    @Test
    void numbersWithThousandsSeparatorsReadAsOneNumber() {
        assertFinds("followers:>100,000", i -> followers(i) > 100_000);
        assertFinds("followers:>100.000", i -> followers(i) > 100_000);
        assertFinds("followers:>100 000", i -> followers(i) > 100_000);
        assertFinds("followers:10,000..20,000", i -> followers(i) >= 10_000 && followers(i) <= 20_000);
        assertFinds("followers:<1,5k", i -> followers(i) < 1_500);
        assertFinds("followers:<5k,>190,000", i -> followers(i) < 5_000 || followers(i) > 190_000);
    }

    @Test
    void quotedValuesInsideACommaListAreEachOneValue() {
        assertFinds("country:\"United States\",Japan", i -> i % 5 == 2 || i % 5 == 4);
        assertFinds("tag:\"slow living\",vegan", i -> hasTag(i, "slow living") || hasTag(i, "vegan"));
        assertFinds("campaign:\"Holiday, 2026\",\"holiday gifts\"", i -> i % 19 == 0 || i % 13 == 0);
    }

    @Test
    void nameHandleAndEmailFiltersMatchPartOfTheirOwnField() {
        assertFinds("name:joy", i -> i % 9 == 0);
        assertFinds("name:ZOE", i -> i % 9 == 0);
        assertFinds("name:tricé", i -> i % 10 == 0);
        assertFinds("handle:@handle12", i -> String.valueOf(i).startsWith("12"));
        assertFinds("handle:dle35", i -> String.valueOf(i).startsWith("35"));
        assertFinds("-handle:handle1 email:gmail", i -> !String.valueOf(i).startsWith("1") && i % 4 == 0);
        assertThat(session.search().find("name:handle")).as("names only").isEmpty();
        assertThat(session.search().find("handle:creator")).as("handles only").isEmpty();
        assertThat(session.search().find("email:joyce")).as("emails only").isEmpty();
    }

    @Test
    void anUnknownFilterNamesTheKnownOnesClosestFirst() {
        assertThatThrownBy(() -> session.search().find("vegan nme:joy"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("In the search, \"nme:joy\": Unknown filter \"nme:\": use name, ");
        assertThatThrownBy(() -> session.search().find("folowers:>5k"))
                .hasMessageStartingWith("In the search, \"folowers:>5k\": Unknown filter \"folowers:\": use "
                        + "followers, ");
    }

    @Test
    void aSearchThatCannotBeUsedSaysWhy() {
        assertThatThrownBy(() -> session.search().find("vegan followers:<lots"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("In the search, \"followers:<lots\": Followers need a number such as 50k, <50k, "
                        + "10k..100k or 1,000,000.");
        assertThatThrownBy(() -> session.search().find("campaign:Summer"))
                .hasMessage("In the search, \"campaign:Summer\": There is no campaign named \"Summer\".");
    }

    @Test
    void viewsAreNamedOrderedAndUnique() {
        List<SavedView> defaults = session.search().views();
        assertThat(defaults).extracting(SavedView::name)
                .startsWith("Overdue follow-ups", "Partners", "Prospects with fit ≥ 4");

        List<SavedView> saved = session.search().saveView(new SavedView(null, "Vegan in Lyon",
                "tag:vegan city:lyon", "followers:desc", List.of("name", "followers"), 0));
        SavedView vegan = saved.get(saved.size() - 1);
        assertThat(vegan.columns()).containsExactly("name", "followers");
        assertThatThrownBy(() -> session.search().saveView(vegan.withName("partners")))
                .hasMessageContaining("exists already");

        List<SavedView> moved = session.search().moveView(vegan.id(), -1);
        assertThat(moved.get(moved.size() - 2).name()).isEqualTo("Vegan in Lyon");
        List<SavedView> renamed = session.search().saveView(moved.get(moved.size() - 2).withName("Lyon vegans"));
        assertThat(renamed).extracting(SavedView::name).contains("Lyon vegans").doesNotContain("Vegan in Lyon");
        assertThat(session.search().deleteView(vegan.id())).extracting(SavedView::name).doesNotContain("Lyon vegans");
    }

    private static void assertFinds(String query, IntPredicate expected) {
        List<String> wanted = IntStream.range(0, SIZE).filter(expected)
                .mapToObj(i -> (i % 10 == 0 ? "Café Créatrice " : "Creator ") + i).toList();
        assertThat(session.search().find(query)).as(query).extracting(Influencer::displayName)
                .containsExactlyElementsOf(wanted);
        assertThat(wanted).as("the generated workspace gives \"" + query + "\" an answer").isNotEmpty();
    }
}
