package app.rapport.ui.common;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one team workspace: what one saves shows for the other at the next check, and only then. */
class TeamWatchTest {

    @TempDir
    Path folder;

    @Test
    void anotherPersonsContactDealAndCampaignChangesShowAtTheNextCheckAndNothingIsReadWhileNothingChanged() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        Background background = new Background(Runnable::run, Runnable::run);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Session ana = Session.openTeam(folder.resolve("ana"), team, server.password(), clock);
                Session ben = Session.openTeam(folder.resolve("ben"), team, server.password(), clock)) {
            Influencer luna = ben.contacts().save(anInfluencer().named("Luna Bakes").build());
            ContactBook book = new ContactBook(ana.contacts(), ana.outreach(), ana.search(), background, dialogs,
                    new StatusLine());
            book.load(() -> { });
            AtomicInteger dealRefreshes = new AtomicInteger();
            TeamWatch watch = new TeamWatch(book, ana.deals(), background, new StatusLine(),
                    dealRefreshes::incrementAndGet);
            Influencer shown = book.contacts().get(0);

            watch.check();
            assertThat(dealRefreshes).hasValue(0);
            assertThat(book.contacts().get(0)).isSameAs(shown);

            ben.contacts().save(luna.withTags(List.of("vegan")));
            ben.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED, Money.of("150", "EUR"),
                    null, null, null, null, null, null, null, null, null, null));
            watch.check();

            assertThat(book.contacts()).singleElement().satisfies(c -> assertThat(c.tags()).containsExactly("vegan"));
            assertThat(dealRefreshes).hasValue(1);
            watch.check();
            assertThat(dealRefreshes).hasValue(1);

            // Campaigns and shortlist plans count too: a new campaign, a creator shortlisted, a planned fee.
            Campaign holiday = ben.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                    Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
            watch.check();
            assertThat(dealRefreshes).hasValue(2);
            ben.campaigns().addToShortlist(holiday.id(), List.of(luna.id()));
            watch.check();
            assertThat(dealRefreshes).hasValue(3);
            ShortlistEntry entry = ben.campaigns().overview(holiday.id(), java.util.Locale.UK).shortlist().get(0);
            ben.campaigns().updateEntry(entry.withPlan(Money.of("300", "EUR"), null, null));
            watch.check();
            assertThat(dealRefreshes).hasValue(4);
            ben.campaigns().save(new Campaign(holiday.id(), "Holiday gift guide", null, null, null,
                    Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), holiday.createdAt(),
                    holiday.updatedAt(), holiday.version()));
            watch.check();
            assertThat(dealRefreshes).hasValue(5);

            // Templates and saved views too.
            ben.settings().saveTemplate(new app.rapport.domain.MessageTemplate(null, "Thanks", "", "Thank you!"));
            watch.check();
            assertThat(dealRefreshes).hasValue(6);
            ben.search().saveView(new app.rapport.domain.search.SavedView(null, "Vegan", "vegan", "", List.of(), 0));
            watch.check();
            assertThat(dealRefreshes).hasValue(7);
            watch.check();
            assertThat(dealRefreshes).hasValue(7);
        }
    }

    @Test
    void theStatusBarSaysWhenTheServerIsOutOfReachAndWhenItIsBackAndTheScreensAreReadAgain() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        Background background = new Background(Runnable::run, Runnable::run);
        StatusLine status = new StatusLine();
        List<String> said = new java.util.ArrayList<>();
        status.messageProperty().addListener((obs, old, text) -> said.add(text));
        try (Session ana = Session.openTeam(folder.resolve("ana"), team, server.password(), clock)) {
            ContactBook book = new ContactBook(ana.contacts(), ana.outreach(), ana.search(), background,
                    new ScriptedDialogs(), status);
            AtomicInteger refreshes = new AtomicInteger();
            TeamWatch watch = new TeamWatch(book, ana.deals(), background, status, refreshes::incrementAndGet);
            watch.check();
            assertThat(said).isEmpty();

            server.kill();
            try {
                watch.check();
                watch.check();
            } finally {
                server.start();
            }
            assertThat(said).containsExactly(TeamWatch.LOST);

            watch.check();
            assertThat(said).containsExactly(TeamWatch.LOST, TeamWatch.BACK);
            // Screens that could not load during the outage are read again, though nothing changed.
            assertThat(refreshes).hasValue(1);
        }
    }
}
