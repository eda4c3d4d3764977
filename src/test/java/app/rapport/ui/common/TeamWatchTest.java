package app.rapport.ui.common;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.Change.Type;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Money;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.TeamServer;
import app.rapport.domain.search.SavedView;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one team workspace: what one saves is announced to the other at the next check, record by
 * record, and only then; nothing is announced while nothing changed.
 */
class TeamWatchTest {

    @TempDir
    Path folder;

    @Test
    void anotherPersonsChangesAreAnnouncedByKindAndIdAtTheNextCheckAndNothingWhileNothingChanged() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        Background background = new Background(Runnable::run, Runnable::run);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Session ana = Session.openTeam(folder.resolve("ana"), team, server.password(), clock);
                Session ben = Session.openTeam(folder.resolve("ben"), team, server.password(), clock)) {
            Influencer luna = ben.contacts().save(anInfluencer().named("Luna Bakes").build());
            Influencer mimi = ben.contacts().save(anInfluencer().named("Mimi Makes").build());
            ContactBook book = new ContactBook(ana.contacts(), ana.outreach(), ana.search(), ana.changes(),
                    background, dialogs, new StatusLine());
            book.load(() -> { });
            List<Change> heard = new ArrayList<>();
            ana.changes().follow(heard::add);
            TeamWatch watch = new TeamWatch(ana.changes(), background, new StatusLine());
            Influencer shownMimi = book.find(mimi.id()).orElseThrow();

            watch.check();
            assertThat(heard).isEmpty();

            ben.contacts().save(luna.withTags(List.of("vegan")));
            Deal deal = ben.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED,
                    Money.of("150", "EUR"), null, null, null, null, null, null, null, null, null, null));
            watch.check();

            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.ids(Kind.CONTACT, Type.CHANGED)).containsExactly(luna.id());
                assertThat(change.ids(Kind.DEAL, Type.CREATED)).containsExactly(deal.id());
            });
            assertThat(book.find(luna.id()).orElseThrow().tags()).containsExactly("vegan");
            // Only the contact named was read again: the other is the very object shown before.
            assertThat(book.find(mimi.id()).orElseThrow()).isSameAs(shownMimi);
            watch.check();
            assertThat(heard).hasSize(1);

            ben.outreach().moveTo(mimi.id(), OutreachStatus.CONTACTED);
            watch.check();
            assertThat(heard.get(1).ids(Kind.CONTACT)).containsExactly(mimi.id());

            // Campaigns and shortlist plans count as their campaign.
            Campaign holiday = ben.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                    Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
            watch.check();
            assertThat(heard.get(2).ids(Kind.CAMPAIGN, Type.CREATED)).containsExactly(holiday.id());
            ben.campaigns().addToShortlist(holiday.id(), List.of(luna.id()));
            watch.check();
            assertThat(heard.get(3).ids(Kind.CAMPAIGN, Type.CHANGED)).containsExactly(holiday.id());
            ShortlistEntry entry = ben.campaigns().overview(holiday.id(), Locale.UK).shortlist().get(0);
            ben.campaigns().updateEntry(entry.withPlan(Money.of("300", "EUR"), null, null));
            watch.check();
            assertThat(heard.get(4).ids(Kind.CAMPAIGN)).containsExactly(holiday.id());

            // Templates, saved views and deletes too.
            ben.settings().saveTemplate(new MessageTemplate(null, "Thanks", "", "Thank you!"));
            watch.check();
            assertThat(heard.get(5).touches(Kind.TEMPLATE)).isTrue();
            ben.search().saveView(new SavedView(null, "Vegan", "vegan", "", List.of(), 0));
            watch.check();
            assertThat(heard.get(6).touches(Kind.VIEW)).isTrue();
            ben.deals().delete(deal.id());
            ben.contacts().delete(mimi.id());
            watch.check();
            assertThat(heard.get(7).ids(Kind.DEAL, Type.DELETED)).containsExactly(deal.id());
            assertThat(heard.get(7).ids(Kind.CONTACT, Type.DELETED)).containsExactly(mimi.id());
            assertThat(book.find(mimi.id())).isEmpty();
            watch.check();
            assertThat(heard).hasSize(8);
        }
    }

    @Test
    void theStatusBarSaysWhenTheServerIsOutOfReachAndWhenItIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        Background background = new Background(Runnable::run, Runnable::run);
        StatusLine status = new StatusLine();
        List<String> said = new ArrayList<>();
        status.messageProperty().addListener((obs, old, text) -> said.add(text));
        try (Session ana = Session.openTeam(folder.resolve("ana"), team, server.password(), clock)) {
            TeamWatch watch = new TeamWatch(ana.changes(), background, status);
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
        }
    }
}
