package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Campaign;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Money;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.search.SavedView;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two edits of one contact from the same version: one is saved, the other is refused with the stored one. */
@ParameterizedClass
@EnumSource(Backend.class)
class EditConflictTest {

    @Parameter
    Backend backend;

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    @AutoClose
    private Session session;

    @BeforeEach
    void open() {
        session = backend.open(folder, clock);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedWithTheStoredContactAndNothingIsLost() {
        Influencer opened = session.contacts().save(anInfluencer().named("Luna Bakes").build());
        Influencer theirs = session.contacts().save(opened.withTags(List.of("baking")));

        Influencer mine = opened.withTags(List.of("candles"));
        assertThatThrownBy(() -> session.contacts().save(mine))
                .isInstanceOfSatisfying(ChangedElsewhereException.class, e -> assertThat(
                        e.current(Influencer.class)).isEqualTo(theirs))
                .hasMessageStartingWith("Changed by someone else since you opened it");
        assertThat(session.contacts().listContacts()).containsExactly(theirs);

        // Keeping mine is a save made from their version: it goes through, and theirs is in the history.
        Influencer kept = session.contacts().save(mine.withVersion(theirs.version()));
        assertThat(kept.tags()).containsExactly("candles");
        assertThat(kept.version()).isGreaterThan(theirs.version());
    }

    @Test
    void aDealEditedFromBeforeAPaymentWasMarkedCannotWriteTheOldInstalmentsBack() {
        Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
        Deal opened = session.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED,
                Money.of("150", "EUR"), null, null, null, null, null,
                List.of(new Instalment(null, Money.of("150", "EUR"), LocalDate.of(2026, 11, 20), null, null, null,
                        null)), null, null, null, null));
        Deal paid = session.deals().markPaid(opened.id(), opened.instalments().get(0).id(), LocalDate.of(2026, 11, 26));

        assertThatThrownBy(() -> session.deals().save(opened.withStage(DealStage.CONTENT_LIVE)))
                .isInstanceOfSatisfying(ChangedElsewhereException.class, e -> assertThat(e.current(Deal.class))
                        .isEqualTo(paid));
        assertThat(session.deals().dealsOf(luna.id())).singleElement().satisfies(d -> {
            assertThat(d.instalments().get(0).paidOn()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(d.stage()).isEqualTo(DealStage.AGREED);
        });
        assertThat(session.deals().save(paid.withStage(DealStage.CONTENT_LIVE)).stage())
                .isEqualTo(DealStage.CONTENT_LIVE);
    }

    @Test
    void aCampaignSavedFromAnOlderVersionIsRefused() {
        Campaign opened = session.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
        Campaign theirs = session.campaigns().save(new Campaign(opened.id(), opened.name(), "Candles for December",
                null, null, Money.of("1200", "EUR"), List.of(), Set.of(), null, List.of(), opened.createdAt(),
                opened.updatedAt(), opened.version()));

        assertThatThrownBy(() -> session.campaigns().save(opened)).isInstanceOfSatisfying(
                ChangedElsewhereException.class, e -> assertThat(e.current(Campaign.class)).isEqualTo(theirs));
        assertThat(session.campaigns().campaigns()).singleElement().isEqualTo(theirs);
    }

    @Test
    void twoPeopleSavingTheSameContactAtOnceNeverBothWin() throws Exception {
        PostgresServer server = backend == Backend.POSTGRESQL ? PostgresServer.get() : null;
        Influencer opened = session.contacts().save(anInfluencer().named("Luna Bakes").build());
        List<Session> people = new ArrayList<>();
        // On a team workspace each person has their own connection; a local file has one writer and two windows.
        for (int i = 0; i < 2; i++) {
            people.add(server == null ? session : Session.openTeam(folder.resolve("person" + i),
                    Backend.teamServerOf(folder), server.password(), clock));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        try {
            List<Future<Influencer>> saves = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Session person = people.get(i);
                Influencer edit = opened.withTags(List.of("tag" + i));
                saves.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await(60, TimeUnit.SECONDS);
                    return person.contacts().save(edit);
                }));
            }
            List<Influencer> saved = new ArrayList<>();
            List<ChangedElsewhereException> refused = new ArrayList<>();
            for (Future<Influencer> save : saves) {
                try {
                    saved.add(save.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add((ChangedElsewhereException) e.getCause());
                }
            }
            assertThat(saved).hasSize(1);
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).current(Influencer.class)).isEqualTo(saved.get(0));
            assertThat(session.contacts().listContacts()).containsExactly(saved.get(0));
        } finally {
            pool.shutdownNow();
            for (Session person : people) {
                if (person != session) {
                    person.close();
                }
            }
        }
    }

    @Test
    void aShortlistPlanTemplateOrViewSavedFromAnOlderVersionIsRefused() {
        Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
        Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
        session.campaigns().addToShortlist(holiday.id(), List.of(luna.id()));
        ShortlistEntry opened = session.campaigns().overview(holiday.id(), Locale.UK).shortlist().get(0);
        session.campaigns().updateEntry(opened.withPlan(opened.plannedFee(), "Candle set", null));

        // A planned fee set from the entry as read before their gift was planned would write the old gift back.
        assertThatThrownBy(() -> session.campaigns().updateEntry(opened.withPlan(Money.of("300", "EUR"), null, null)))
                .isInstanceOfSatisfying(ChangedElsewhereException.class, e -> assertThat(
                        e.current(ShortlistEntry.class).plannedGift()).isEqualTo("Candle set"));
        // Nor can a stale entry be promoted twice.
        assertThatThrownBy(() -> session.campaigns().promote(opened)).isInstanceOf(ChangedElsewhereException.class);
        assertThat(session.deals().dealsOf(luna.id())).isEmpty();

        MessageTemplate template = session.settings().saveTemplate(new MessageTemplate(null, "Hello", "",
                "Hi {first_name}"));
        MessageTemplate theirs = session.settings().saveTemplate(new MessageTemplate(template.id(), "Hello",
                "Hello from us", template.body(), template.version()));
        assertThatThrownBy(() -> session.settings().saveTemplate(new MessageTemplate(template.id(), "Hi", "",
                template.body(), template.version()))).isInstanceOfSatisfying(ChangedElsewhereException.class,
                        e -> assertThat(e.current(MessageTemplate.class)).isEqualTo(theirs));

        SavedView view = session.search().saveView(new SavedView(null, "Vegan", "vegan", "", List.of(), 0)).stream()
                .filter(v -> v.name().equals("Vegan")).findFirst().orElseThrow();
        session.search().saveView(view.withName("Vegan bakers"));
        assertThatThrownBy(() -> session.search().saveView(new SavedView(view.id(), view.name(), "vegan paris", "",
                List.of(), view.position(), view.version()))).isInstanceOf(ChangedElsewhereException.class);
        assertThat(session.search().views()).filteredOn(v -> v.id().equals(view.id())).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Vegan bakers");
            assertThat(v.query()).isEqualTo("vegan");
        });
    }

    @Test
    void settingsKeepSomeoneElsesChangeToAnotherSettingAndRefuseOneToTheSameSetting() {
        Settings opened = session.settings().settings();
        session.settings().save(opened, new Settings("Lumen Candles", opened.myName(), opened.noReplyRule()));

        // Mine changes only my name: their brand name stays.
        Settings mine = session.settings().save(opened, new Settings(opened.brandName(), "Maya",
                opened.noReplyRule()));
        assertThat(mine.brandName()).isEqualTo("Lumen Candles");
        assertThat(mine.myName()).isEqualTo("Maya");

        // Changing the brand name from the form as first opened clashes with theirs: refused, nothing written.
        assertThatThrownBy(() -> session.settings().save(opened, new Settings("Lumen & Co", opened.myName(),
                opened.noReplyRule()))).isInstanceOfSatisfying(ChangedElsewhereException.class,
                        e -> assertThat(e.current(Settings.class)).isEqualTo(mine));
        assertThat(session.settings().settings()).isEqualTo(mine);
    }
}
