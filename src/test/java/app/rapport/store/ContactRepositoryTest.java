package app.rapport.store;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.testing.InfluencerBuilder.stamped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.FitNote;
import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.testing.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ContactRepositoryTest {

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

    private Influencer insert(Influencer contact) {
        return database.inTransaction(repos -> repos.contacts().insert(stamped(contact, T0)));
    }

    @Test
    void aContactComesBackWithItsAccountsTagsAndNotes() {
        Influencer luna = anInfluencer().withAccount(Platform.INSTAGRAM, "@luna.bakes", 48_200)
                .withAccount(Platform.TIKTOK, "lunabakes", 121_500)
                .withNote(T0, "Uses our candle already.")
                .build();

        Influencer saved = insert(luna);

        Influencer read = database.inTransaction(repos -> repos.contacts().findById(saved.id())).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.accounts()).extracting(SocialAccount::handle).containsExactly("luna.bakes", "lunabakes");
        assertThat(read.accounts().get(0).profileUrl()).isEqualTo("https://www.instagram.com/luna.bakes/");
        assertThat(read.tags()).containsExactly("baking", "vegan");
        assertThat(read.languages()).containsExactly("Spanish", "English");
        assertThat(read.fit().notes()).extracting(FitNote::text).containsExactly("Uses our candle already.");
        assertThat(read.createdAt()).isEqualTo(T0);
    }

    /** At 100,000 contacts a copy of each repeated value per row would be tens of megabytes of heap. */
    @Test
    void valuesThatRepeatFromRowToRowAreReadOnce() {
        for (String name : List.of("Luna", "Mila")) {
            insert(anInfluencer().named(name).withAccount(Platform.INSTAGRAM, name.toLowerCase() + ".bakes", 100)
                    .withAccount(Platform.TIKTOK, name.toLowerCase() + ".bakes", 200).build());
        }

        List<Influencer> all = database.inTransaction(repos -> repos.contacts().findAll());

        Influencer luna = all.get(0);
        Influencer mila = all.get(1);
        assertThat(mila.city()).isEqualTo(luna.city()).isSameAs(luna.city());
        assertThat(mila.tags().get(0)).isSameAs(luna.tags().get(0));
        assertThat(mila.languages().get(0)).isSameAs(luna.languages().get(0));
        assertThat(mila.createdAt()).isSameAs(luna.createdAt());
        assertThat(luna.accounts().get(1).handle()).isSameAs(luna.accounts().get(0).handle());
        assertThat(luna.accounts().get(1).createdAt()).isSameAs(luna.createdAt());
    }

    @Test
    void updatingKeepsAccountIdsAndDropsRemovedAccounts() {
        Influencer saved = insert(anInfluencer().withAccount(Platform.INSTAGRAM, "luna", 100)
                .withAccount(Platform.TIKTOK, "luna", 200).build());
        SocialAccount instagram = saved.accounts().get(0);
        List<SocialAccount> changed = new ArrayList<>(List.of(instagram.withFollowers(150L),
                SocialAccount.of(Platform.YOUTUBE, "lunabakes").withTimestamps(T0, T0)));

        Influencer updated = database.inTransaction(repos -> repos.contacts().update(saved.withAccounts(changed)));

        assertThat(updated.accounts()).extracting(SocialAccount::platform)
                .containsExactly(Platform.INSTAGRAM, Platform.YOUTUBE);
        assertThat(updated.accounts().get(0).id()).isEqualTo(instagram.id());
        assertThat(updated.accounts().get(0).followers()).isEqualTo(150L);
    }

    @Test
    void theDatabaseRefusesAHandleTwiceOnOnePlatformWhateverItsCase() {
        insert(anInfluencer().named("Luna").withAccount(Platform.TIKTOK, "LunaBakes", 1).build());
        Influencer copy = anInfluencer().named("Copy").withAccount(Platform.TIKTOK, "lunabakes", 1).build();

        assertThatThrownBy(() -> insert(copy)).isInstanceOfAny(UnableToExecuteStatementException.class,
                HandleTakenException.class);
        long count = database.inTransaction(repos -> repos.contacts().count());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void deletingAContactDeletesWhatBelongsToIt() {
        Influencer saved = insert(anInfluencer().withAccount(Platform.INSTAGRAM, "luna", 1).withNote(T0, "x").build());

        database.inTransaction(repos -> repos.contacts().delete(saved.id()));

        List<Influencer> all = database.inTransaction(repos -> repos.contacts().findAll());
        Optional<ContactRepository.AccountOwner> owner =
                database.inTransaction(repos -> repos.contacts().findAccountOwner(Platform.INSTAGRAM, "luna"));
        assertThat(all).isEmpty();
        assertThat(owner).isEmpty();
    }

    @Test
    void tagsAreSharedBetweenContactsAndListedOnce() {
        insert(anInfluencer().named("A").withTags("vegan", "Food").withAccount(Platform.TIKTOK, "a", 1).build());
        insert(anInfluencer().named("B").withTags("food", "travel").withAccount(Platform.TIKTOK, "b", 1).build());

        List<String> tags = database.inTransaction(repos -> repos.contacts().findAllTags());
        assertThat(tags).containsExactly("Food", "travel", "vegan");
    }

    @Test
    void theSchemaIsMadeByVersionedMigrationsAndReopeningAppliesNothingTwice() throws Exception {
        database.close();
        database = backend.openDatabase(folder);
        database.close();
        database = backend.openDatabase(folder);
        List<Map<String, Object>> applied = database.withHandle(h -> h.createQuery("SELECT \"version\", "
                + "\"success\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")
                .mapToMap().list());
        assertThat(applied).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        List<String> files;
        try (var listing = Files.list(Path.of("src/main/resources/app/rapport/store/migration"))) {
            files = listing.map(f -> f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
        assertThat(applied.stream().map(row -> row.get("version").toString()).toList()).isEqualTo(files);
        if (backend == Backend.H2) {
            assertThat(folder.resolve("backups")).isDirectory();
            assertThat(folder.resolve("logs")).isDirectory();
        }
    }
}
