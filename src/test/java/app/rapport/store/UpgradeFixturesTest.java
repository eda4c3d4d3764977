package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.UserError;
import app.rapport.domain.safety.WorkspaceHealth;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A workspace made by every earlier schema opens in this Rapport, upgrades, and keeps every row. */
class UpgradeFixturesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void aWorkspaceFromAnEarlierSchemaUpgradesAndKeepsEveryRow(int version) throws Exception {
        Path workspace = unpack("workspace-v" + version + ".zip");
        Map<String, Long> before = rowCounts(workspace);
        assertThat(before.get("CONTACT")).isGreaterThan(20);

        try (Database database = Database.open(Workspace.at(workspace))) {
            Backups backups = new Backups(database.workspace(), database);
            WorkspaceHealth health = backups.check();

            assertThat(health.healthy()).as(health.verdict()).isTrue();
            before.forEach((table, rows) -> assertThat(health.rows().get(table.toLowerCase(Locale.ROOT)))
                    .as(table).isEqualTo(rows));
            List<Influencer> contacts = database.inTransaction(repos -> repos.contacts().findAll());
            assertThat(contacts).hasSize(before.get("CONTACT").intValue());
            assertThat(contacts).allSatisfy(c -> assertThat(c.displayName()).isNotBlank());
            assertThat(backups.list().stream().anyMatch(b -> b.reason().equals("before-upgrade")))
                    .isEqualTo(version < Integer.parseInt(health.schemaVersion()));
        }
    }

    @Test
    void aWorkspaceFromANewerRapportIsRefusedAndLeftAsItWas() throws Exception {
        Path workspace = unpack("workspace-v8.zip");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport"), "rapport",
                "")) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'rapport', 1, "
                    + "TRUE)");
        }
        byte[] file = Files.readAllBytes(workspace.resolve("rapport.mv.db"));

        assertThatThrownBy(() -> Database.open(Workspace.at(workspace))).isInstanceOf(UserError.class)
                .hasMessage("This workspace was last used by a newer Rapport (schema 99). Install that version to "
                        + "open it; nothing was changed.");
        assertThat(Files.readAllBytes(workspace.resolve("rapport.mv.db"))).isEqualTo(file);
    }

    private Path unpack(String fixture) throws Exception {
        Path workspace = Files.createDirectories(folder.resolve(fixture.replace(".zip", "")));
        try (InputStream in = getClass().getResourceAsStream("fixtures/" + fixture);
             ZipInputStream zip = new ZipInputStream(in)) {
            zip.getNextEntry();
            Files.copy(zip, workspace.resolve("rapport.mv.db"));
        }
        return workspace;
    }

    private static Map<String, Long> rowCounts(Path workspace) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport"), "rapport",
                "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
