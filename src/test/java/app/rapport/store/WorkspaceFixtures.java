package app.rapport.store;

import app.rapport.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Makes the upgrade fixtures under {@code src/test/resources/app/rapport/store/fixtures}: a workspace at every
 * schema version, filled with the sample contacts, deals and campaigns as far as that version can hold them.
 * Run its main method with the test class path after adding a migration (the README's Tests section has the
 * command) and commit the new zip; existing zips are kept as they are.
 */
public final class WorkspaceFixtures {

    private WorkspaceFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/app/rapport/store/fixtures");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("rapport-fixtures");
        Path full = work.resolve("full");
        try (Session session = Session.open(full, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"),
                ZoneOffset.UTC))) {
            session.contacts().loadSample();
        }
        String source = "jdbc:h2:file:" + full.resolve("rapport");
        int newest = Integer.parseInt(versions(source).get(versions(source).size() - 1));
        for (int version = 1; version <= newest; version++) {
            Path target = out.resolve("workspace-v" + version + ".zip");
            if (Files.exists(target)) {
                continue;
            }
            String url = "jdbc:h2:file:" + work.resolve("v" + version).resolve("rapport");
            Flyway.configure().dataSource(url, "rapport", "").locations(Migrations.LOCATION)
                    .target(Integer.toString(version)).load().migrate();
            copy(source, url);
            try (Connection c = DriverManager.getConnection(url, "rapport", "");
                 Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + target.toAbsolutePath() + "'");
            }
            System.out.println("Wrote " + target);
        }
    }

    private static List<String> versions(String url) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "rapport", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** Copies every row of every table the older schema has, in the columns it has. */
    private static void copy(String from, String to) throws SQLException {
        try (Connection source = DriverManager.getConnection(from, "rapport", "");
             Connection target = DriverManager.getConnection(to, "rapport", "")) {
            target.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = target.createStatement().executeQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' "
                    + "AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = target.createStatement().executeQuery("SELECT column_name FROM "
                        + "information_schema.columns WHERE table_schema = 'PUBLIC' AND table_name = '" + table
                        + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                String list = String.join(", ", columns);
                target.createStatement().execute("DELETE FROM " + table);
                String marks = String.join(", ", columns.stream().map(c -> "?").toList());
                try (ResultSet rows = source.createStatement().executeQuery("SELECT " + list + " FROM " + table);
                     PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + list
                             + ") VALUES (" + marks + ")")) {
                    while (rows.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            insert.setObject(i, rows.getObject(i));
                        }
                        insert.executeUpdate();
                    }
                }
                for (String column : columns) {
                    // A link to a table this schema does not have yet was never set by a Rapport of that version.
                    if (column.endsWith("_ID") && !tables.contains(column.substring(0, column.length() - 3))
                            && !column.equals("CONTACT_ID") && !column.equals("TAG_ID")) {
                        target.createStatement().execute("UPDATE " + table + " SET " + column + " = NULL");
                    }
                }
                if (columns.contains("ID")) {
                    try (ResultSet max = target.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM "
                            + table)) {
                        max.next();
                        target.createStatement().execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH "
                                + max.getLong(1));
                    }
                }
            }
            target.createStatement().execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }
}
