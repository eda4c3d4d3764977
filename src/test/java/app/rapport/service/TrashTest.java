package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.TrashedContact;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class TrashTest {

    @Parameter
    Backend backend;

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void aDeletedContactWaitsInTheTrashWithItsDealsUntilRestored() {
        try (Session session = backend.open(folder.resolve("ws"), clock)) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_000).build());
            session.deals().save(new Deal(null, luna.id(), null, "Reel", DealStage.AGREED, Money.of("150", "EUR"),
                    null, null, null, List.of(), null, List.of(new Instalment(null, Money.of("150", "EUR"),
                            LocalDate.of(2026, 12, 1), null, null, null, null)), null, null, null, null));

            session.contacts().delete(luna.id());

            assertThat(session.contacts().listContacts()).isEmpty();
            assertThat(session.contacts().countContacts()).isZero();
            assertThat(session.deals().payments()).isEmpty();
            assertThat(session.contacts().trash()).extracting(TrashedContact::displayName)
                    .containsExactly("Luna Bakes");
            assertThatThrownBy(() -> session.contacts().save(anInfluencer().named("Copycat")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 1).build()))
                    .hasMessage("@luna.bakes on Instagram already belongs to Luna Bakes (in the Trash).");

            assertThat(session.contacts().restore(luna.id())).hasValueSatisfying(back ->
                    assertThat(back.accounts()).hasSize(1));
            assertThat(session.deals().payments()).hasSize(1);
            assertThat(session.contacts().trash()).isEmpty();
        }
    }

    @Test
    void theTrashEmptiesByHandAndAfterThirtyDays() {
        try (Session session = backend.open(folder.resolve("ws"), clock)) {
            Influencer a = session.contacts().save(anInfluencer().named("Ana").withEmail("ana@example.com").build());
            Influencer b = session.contacts().save(anInfluencer().named("Ben").withEmail("ben@example.com").build());
            Influencer c = session.contacts().save(anInfluencer().named("Cleo").withEmail("cleo@example.com").build());
            session.contacts().delete(a.id());
            clock.advance(Duration.ofDays(20));
            session.contacts().delete(b.id());
            clock.advance(Duration.ofDays(11));
        }
        try (Session session = backend.open(folder.resolve("ws"), clock)) {
            assertThat(session.contacts().trash()).extracting(TrashedContact::displayName).containsExactly("Ben");
            assertThat(session.contacts().emptyTrash()).isEqualTo(1);
            assertThat(session.contacts().trash()).isEmpty();
            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly("Cleo");
            assertThat(session.backups().check().healthy()).isTrue();
        }
    }
}
