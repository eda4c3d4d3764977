package app.rapport.store;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.testing.InfluencerBuilder.stamped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.BrandFit;
import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.testing.Backend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Many contacts stored at once, as an import does: whole, and with the email and handle rules kept after. */
@ParameterizedClass
@EnumSource(Backend.class)
class BulkLoadTest {

    @Parameter
    Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    @AutoClose
    private Database database;

    @BeforeEach
    void open() {
        database = backend.openDatabase(folder);
    }

    private List<Long> load(Influencer... contacts) {
        return database.inBulkTransaction(repos -> repos.contacts().insertAll(
                List.of(contacts).stream().map(contact -> stamped(contact, T0)).toList()));
    }

    private long count() {
        return database.inTransaction(repos -> repos.contacts().count());
    }

    @Test
    void contactsComeBackWholeWithEveryFieldFilledOrEmpty() {
        Influencer full = anInfluencer().withAccount(Platform.INSTAGRAM, "@luna.bakes", 48_200)
                .withAccount(Platform.TIKTOK, "lunabakes", 121_500).withNote(T0, "Uses our candle already.").build();
        Influencer bare = new Influencer(null, "Bare", null, null, null, null, null, List.of(), List.of(), null,
                List.of(new SocialAccount(null, Platform.YOUTUBE, "bare", null, null, null, null, null, null)),
                new BrandFit(null, null, List.of()), null, null, null);

        List<Long> ids = load(full, bare);

        Influencer readFull = database.inTransaction(repos -> repos.contacts().findById(ids.get(0))).orElseThrow();
        assertThat(readFull.accounts()).extracting(SocialAccount::handle).containsExactly("luna.bakes", "lunabakes");
        assertThat(readFull.accounts()).extracting(SocialAccount::followers).containsExactly(48_200L, 121_500L);
        assertThat(readFull.tags()).containsExactly("baking", "vegan");
        assertThat(readFull.fit().notes()).hasSize(1);
        assertThat(readFull.email()).isEqualTo("luna@lunabakes.example");
        assertThat(readFull.createdAt()).isEqualTo(T0);
        Influencer readBare = database.inTransaction(repos -> repos.contacts().findById(ids.get(1))).orElseThrow();
        assertThat(readBare.email()).isNull();
        assertThat(readBare.fit().rating()).isNull();
        assertThat(readBare.accounts()).singleElement().satisfies(a -> assertThat(a.followers()).isNull());
    }

    @Test
    void afterALoadEmailsAreFoundAndAHandleIsStillHeldOnce() {
        load(anInfluencer().withEmail("Mia@Example.com").withAccount(Platform.TIKTOK, "mia", 10).build());

        Optional<Influencer> found = database.inTransaction(repos -> repos.contacts().findByEmail("mia@example.com"));
        assertThat(found).isPresent();
        Influencer again = stamped(anInfluencer().named("Other").withEmail("other@example.com")
                .withAccount(Platform.TIKTOK, "MIA", 5).build(), T0);
        assertThatThrownBy(() -> database.inTransaction(repos -> repos.contacts().insert(again)))
                .isInstanceOfAny(UnableToExecuteStatementException.class, HandleTakenException.class);
    }

    @Test
    void aLoadThatWouldHoldAHandleTwiceWritesNothing() {
        Influencer first = anInfluencer().withEmail("a@example.com").withAccount(Platform.TIKTOK, "same", 1).build();
        Influencer second = anInfluencer().named("Second").withEmail("b@example.com")
                .withAccount(Platform.TIKTOK, "same", 2).build();

        // A team server keeps its unique index, which refuses the row itself; here the load's own check does.
        assertThatThrownBy(() -> load(first, second))
                .isInstanceOfAny(RuleViolation.class, UnableToExecuteStatementException.class);

        assertThat(count()).isZero();
        load(first);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aLoadCutOffBeforeItsIndexesWereBuiltAgainIsRepairedWhenTheWorkspaceOpens() {
        if (backend != Backend.H2) {
            return;
        }
        load(anInfluencer().withEmail("mia@example.com").withAccount(Platform.TIKTOK, "mia", 10).build());
        database.withHandle(handle -> {
            KeyIndexes.drop(handle);
            return null;
        });
        database.close();

        database = backend.openDatabase(folder);

        Influencer again = stamped(anInfluencer().named("Other").withEmail("other@example.com")
                .withAccount(Platform.TIKTOK, "mia", 5).build(), T0);
        assertThatThrownBy(() -> database.inTransaction(repos -> repos.contacts().insert(again)))
                .isInstanceOfAny(UnableToExecuteStatementException.class, HandleTakenException.class);
        int emailIndexes = database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM "
                + "information_schema.indexes WHERE index_name = 'IX_CONTACT_EMAIL_KEY'").mapTo(Integer.class).one());
        assertThat(emailIndexes).isEqualTo(1);
    }
}
