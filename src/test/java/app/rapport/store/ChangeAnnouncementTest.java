package app.rapport.store;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.testing.InfluencerBuilder.stamped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import app.rapport.domain.Change.Type;
import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.testing.Backend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A change is announced once it is committed, and never for a transaction that rolled back. */
@ParameterizedClass
@EnumSource(Backend.class)
class ChangeAnnouncementTest {

    @Parameter
    Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    @AutoClose
    private Database database;
    private final List<Change> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = backend.openDatabase(folder);
        database.onCommit(announced::add);
    }

    private Influencer insert(Influencer contact) {
        return database.inTransaction(repos -> repos.contacts().insert(stamped(contact, T0)));
    }

    @Test
    void aCommittedTransactionAnnouncesWhatItWroteOnce() {
        Influencer luna = insert(anInfluencer().named("Luna").withAccount(Platform.INSTAGRAM, "luna", 1).build());

        database.inTransaction(repos -> repos.contacts().update(luna.withTags(List.of("baking"))));

        assertThat(announced).hasSize(2);
        assertThat(announced.get(0).ids(Kind.CONTACT, Type.CREATED)).containsExactly(luna.id());
        assertThat(announced.get(1).ids(Kind.CONTACT, Type.CHANGED)).containsExactly(luna.id());
        assertThat(announced.get(1).touches(Kind.DEAL, Kind.CAMPAIGN)).isFalse();
    }

    @Test
    void aTransactionThatRollsBackAfterWritingAnnouncesNothing() {
        assertThatThrownBy(() -> database.inTransaction(repos -> {
            repos.contacts().insert(stamped(anInfluencer().named("Luna").build(), T0));
            throw new IllegalStateException("the work failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(announced).isEmpty();
        long left = database.inTransaction(repos -> repos.contacts().count());
        assertThat(left).isZero();
    }

    @Test
    void aWriteTheDatabaseRefusesAnnouncesNothing() {
        insert(anInfluencer().named("Luna").withAccount(Platform.TIKTOK, "lunabakes", 1).build());
        announced.clear();

        assertThatThrownBy(() -> insert(anInfluencer().named("Copy").withAccount(Platform.TIKTOK, "LunaBakes", 1)
                .build())).isInstanceOfAny(UnableToExecuteStatementException.class, HandleTakenException.class);

        assertThat(announced).isEmpty();
        long left = database.inTransaction(repos -> repos.contacts().count());
        assertThat(left).isEqualTo(1);
    }

    @Test
    void aReadAnnouncesNothing() {
        insert(anInfluencer().named("Luna").build());
        announced.clear();

        database.inTransaction(repos -> repos.contacts().findAll());

        assertThat(announced).isEmpty();
    }
}
