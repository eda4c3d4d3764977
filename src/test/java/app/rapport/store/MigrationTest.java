package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrading a workspace made by an older Rapport keeps everything it held. */
class MigrationTest {

    @TempDir
    Path folder;

    @Test
    void theDealsMigrationAddsItsTablesWithoutTouchingExistingContacts() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("rapport");
        Flyway.configure().dataSource(url, "rapport", "").locations(Migrations.LOCATION).target("2").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "rapport", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO contact (display_name, email, created_at, updated_at, outreach_status) VALUES "
                    + "('Luna Bakes', 'Luna@LunaBakes.example', TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00', 'CONTACTED')");
            s.execute("INSERT INTO social_account (contact_id, sort_order, platform, handle, handle_key, created_at, "
                    + "updated_at) SELECT id, 0, 'TIKTOK', 'lunabakes', 'lunabakes', created_at, updated_at FROM contact");
        }

        try (Database database = Database.open(Workspace.at(folder))) {
            List<Influencer> contacts = database.inTransaction(repos -> repos.contacts().findAll());
            assertThat(contacts).singleElement().satisfies(c -> {
                assertThat(c.displayName()).isEqualTo("Luna Bakes");
                assertThat(c.email()).isEqualTo("Luna@LunaBakes.example");
                assertThat(c.accounts()).hasSize(1);
                assertThat(c.outreach().status().name()).isEqualTo("CONTACTED");
            });
            Optional<Influencer> byEmail =
                    database.inTransaction(repos -> repos.contacts().findByEmail("luna@lunabakes.EXAMPLE"));
            assertThat(byEmail).as("found through the email key the upgrade fills in").isPresent();
            List<?> deals = database.inTransaction(repos -> repos.deals().findAll(ZoneOffset.UTC));
            assertThat(deals).isEmpty();
        }
    }

    @Test
    void onH2EachForeignKeyColumnIsIndexedOnce() {
        try (Database database = Database.open(Workspace.at(folder))) {
            List<String> twice = database.withHandle(h -> h.createQuery("SELECT table_name || '.' || column_name "
                    + "FROM information_schema.index_columns WHERE table_schema = 'PUBLIC' AND ordinal_position = 1 "
                    + "AND (table_name, column_name) IN (('SOCIAL_ACCOUNT', 'CONTACT_ID'), ('STATUS_CHANGE', "
                    + "'CONTACT_ID'), ('CONTACT_TAG', 'TAG_ID'), ('FIT_NOTE', 'CONTACT_ID'), ('DEAL_STAGE_CHANGE', "
                    + "'DEAL_ID'), ('DELIVERABLE', 'DEAL_ID'), ('INSTALMENT', 'DEAL_ID')) "
                    + "GROUP BY table_name, column_name HAVING COUNT(*) > 1").mapTo(String.class).list());
            assertThat(twice).isEmpty();
            // Each of those columns still has the foreign key's own index: the lookups by owner stay indexed.
            long indexed = database.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT table_name || column_name) "
                    + "FROM information_schema.index_columns WHERE table_schema = 'PUBLIC' AND ordinal_position = 1 "
                    + "AND (table_name, column_name) IN (('SOCIAL_ACCOUNT', 'CONTACT_ID'), ('STATUS_CHANGE', "
                    + "'CONTACT_ID'), ('CONTACT_TAG', 'TAG_ID'), ('FIT_NOTE', 'CONTACT_ID'), ('DEAL_STAGE_CHANGE', "
                    + "'DEAL_ID'), ('DELIVERABLE', 'DEAL_ID'), ('INSTALMENT', 'DEAL_ID'))").mapTo(Long.class).one());
            assertThat(indexed).isEqualTo(7);
        }
    }

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigrationShipped() throws Exception {
        try (Database database = Database.open(Workspace.at(folder))) {
            // Opening a current workspace skips Flyway on this number: it must be the newest migration file.
            assertThat(database.newestKnownVersion()).isEqualTo(Integer.toString(Migrations.SCHEMA_VERSION));
        }
    }
}
