package app.rapport.ui.contacts;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.search.QueryKey;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search box and the chips say the same thing whichever the user changes. */
class SearchViewModelTest {

    @TempDir
    Path folder;
    @AutoClose
    private Session session;
    private SearchViewModel search;
    private FilteredList<Influencer> shown;

    @BeforeEach
    void open() {
        session = Session.open(folder, new MutableClock(Instant.parse("2026-11-27T09:00:00Z")));
        session.contacts().save(anInfluencer().named("Café Crème").withEmail("hello@cafe.example").withTags("vegan", "slow living")
                .withAccount(Platform.TIKTOK, "cafecreme", 12_000).build());
        session.contacts().save(anInfluencer().named("Luna").withTags("fashion")
                .withAccount(Platform.INSTAGRAM, "luna", 80_000).build());
        ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(),
                session.changes(), new Background(Runnable::run, Runnable::run), new ScriptedDialogs(),
                new StatusLine());
        search = new SearchViewModel(book);
        shown = new FilteredList<>(book.contacts());
        search.predicateProperty().addListener((obs, old, test) -> shown.setPredicate(test));
        book.load(() -> { });
    }

    @Test
    void typingSetsTheChips() {
        search.queryTextProperty().set("cafe tag:vegan followers:<50k status:prospect");

        assertThat(search.chip(QueryKey.TAG).valueProperty().get()).isEqualTo("vegan");
        assertThat(search.chip(QueryKey.FOLLOWERS).valueProperty().get()).isEqualTo("<50k");
        assertThat(search.chip(QueryKey.FOLLOWERS).caption()).isEqualTo("Followers: Under 10K".replace(
                "Under 10K", "<50k"));
        assertThat(search.chip(QueryKey.STATUS).caption()).isEqualTo("Status: Prospect");
        assertThat(search.chip(QueryKey.PLATFORM).valueProperty().get()).isNull();
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Café Crème");
    }

    @Test
    void aChipRewritesItsPartOfTheText() {
        search.queryTextProperty().set("cafe tag:vegan");

        search.chip(QueryKey.TAG).valueProperty().set("slow living");
        assertThat(search.queryTextProperty().get()).isEqualTo("cafe tag:\"slow living\"");
        search.chip(QueryKey.PLATFORM).valueProperty().set("instagram");
        assertThat(search.queryTextProperty().get()).isEqualTo("cafe tag:\"slow living\" platform:instagram");
        assertThat(shown).isEmpty();
        search.chip(QueryKey.TAG).valueProperty().set(null);
        search.queryTextProperty().set("platform:instagram");
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Luna");
        assertThat(search.chip(QueryKey.TAG).valueProperty().get()).isNull();
    }

    @Test
    void chipsOfferWhatTheWorkspaceHolds() {
        assertThat(search.chip(QueryKey.TAG).options()).extracting(FilterChip.Option::value)
                .containsExactly(null, "fashion", "slow living", "vegan");
        assertThat(search.chip(QueryKey.STATUS).options()).hasSize(9);
    }

    @Test
    void mistakesShowInlineAndTheRestStillFilters() {
        search.queryTextProperty().set("fit:9 fashion");

        assertThat(search.errorTextProperty().get()).isEqualTo("Fit needs a rating from 1 to 5, such as 4, >=4 or "
                + "none.");
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Luna");
        search.queryTextProperty().set("fashion campaign:Nowhere");
        assertThat(search.errorTextProperty().get()).isEqualTo("There is no campaign named \"Nowhere\".");
        search.clear();
        assertThat(search.errorTextProperty().get()).isEmpty();
        assertThat(shown).hasSize(2);
        assertThat(search.wordsProperty().get()).isEqualTo(List.of());
    }

    @Test
    void anUnknownFilterIsShownUnderTheBoxAndTheRestStillFilters() {
        search.queryTextProperty().set("nme:luna fashion");

        assertThat(search.errorTextProperty().get()).startsWith("Unknown filter \"nme:\": use name, ");
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Luna");
        search.queryTextProperty().set("name:CREME");
        assertThat(search.errorTextProperty().get()).isEmpty();
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Café Crème");
        search.queryTextProperty().set("name:martinez");
        assertThat(shown).as("the real name, which both have").hasSize(2);
        search.queryTextProperty().set("handle:@lun");
        assertThat(shown).extracting(Influencer::displayName).containsExactly("Luna");
    }

    @Test
    void aTypedListWithQuotesStaysOnItsChipAndIsWrittenBackAsTyped() {
        search.queryTextProperty().set("country:\"United States\",Spain");

        FilterChip country = search.chip(QueryKey.COUNTRY);
        assertThat(country.valueProperty().get()).isEqualTo("\"United States\",Spain");
        assertThat(shown).hasSize(2);
        country.valueProperty().set("FR");
        assertThat(search.queryTextProperty().get()).isEqualTo("country:FR");
        assertThat(shown).isEmpty();
        country.valueProperty().set("\"United States\",Spain");
        assertThat(search.queryTextProperty().get()).isEqualTo("country:\"United States\",Spain");
        assertThat(search.errorTextProperty().get()).isEmpty();
        assertThat(shown).hasSize(2);
    }
}
