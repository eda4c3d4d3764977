package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.FieldChange;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ChangeHistoryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void everySaveRecordsTheFieldsItChangedWithWhenAndWho() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        try (Session session = backend.open(folder.resolve("ws"), clock)) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").withEmail("luna@old.example")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build());
            assertThat(session.outreach().fieldChanges(luna.id())).isEmpty();

            clock.advance(Duration.ofHours(2));
            Influencer changed = new Influencer(luna.id(), luna.displayName(), luna.realName(), "luna@new.example",
                    luna.phone(), "Sevilla", luna.country(), luna.languages(), List.of("baking", "vegan", "travel"),
                    luna.audienceNotes(), List.of(luna.accounts().get(0).withFollowers(51_000L)), luna.fit(),
                    luna.outreach(), luna.createdAt(), luna.updatedAt(), luna.version());
            Influencer saved = session.contacts().save(changed);
            session.contacts().save(saved.withTimestamps(saved.createdAt(), Instant.now()));

            List<FieldChange> history = session.outreach().fieldChanges(luna.id());

            assertThat(history).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple("Email", "luna@old.example", "luna@new.example"),
                            Tuple.tuple("City", "Valencia", "Sevilla"),
                            Tuple.tuple("Niches / tags", "baking, vegan", "baking, vegan, travel"),
                            Tuple.tuple("Instagram @luna.bakes followers", "48200", "51000"));
            assertThat(history).allSatisfy(c -> {
                assertThat(c.at()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
                assertThat(c.by()).isEqualTo(System.getProperty("user.name"));
            });
        }
    }

    @Test
    void dealChangesShowOnTheirContactsHistory() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        try (Session session = backend.open(folder.resolve("ws"), clock)) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
            Deal deal = session.deals().save(new Deal(null, luna.id(), null,
                    "Winter reel", DealStage.AGREED, Money.of("150", "EUR"),
                    null, null, null, List.of(), null, List.of(new Instalment(null,
                            Money.of("150", "EUR"), LocalDate.of(2026, 12, 1), null, null,
                            null, null)), null, null, null, null));

            session.deals().markPaid(deal.id(), deal.instalments().get(0).id(), LocalDate.of(2026, 11, 26));

            assertThat(session.outreach().fieldChanges(luna.id())).extracting(FieldChange::field, FieldChange::after)
                    .containsExactly(Tuple.tuple("Deal \u201cWinter reel\u201d: instalment 1",
                            "150.00 EUR due 2026-12-01, paid 2026-11-26"));
        }
    }
}
