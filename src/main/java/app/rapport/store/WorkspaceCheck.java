package app.rapport.store;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.domain.text.DomainTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Integrity checks of a workspace database: its schema version, every table readable, no broken link. */
public final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    /**
     * Checks the open workspace, local or on a team server (H2 says PUBLIC where PostgreSQL says public). A local
     * file is read to its last row too, since H2 counts rows without reading the pages that hold them.
     *
     * @throws WorkspaceDamagedException when a page of the local file cannot be read
     */
    public static WorkspaceHealth run(Database database) {
        String known = database.newestKnownVersion();
        try {
            return database.withHandle(h -> {
                WorkspaceHealth health = run(h, known);
                if (database.teamServer() == null) {
                    readEveryRow(h);
                }
                return health;
            });
        } catch (RuntimeException e) {
            if (database.teamServer() == null && FileDamage.isDamage(e)) {
                throw new WorkspaceDamagedException(database.workspace().root(), e);
            }
            throw e;
        }
    }

    /** Reads every row of the tables, so a damaged page fails here rather than when the user reaches it. */
    static void readEveryRow(Handle handle) {
        List<String> tables = handle.createQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE'")
                .mapTo(String.class).list();
        for (String table : tables) {
            handle.createQuery("SELECT * FROM \"" + table + "\"").scanResultSet((rows, context) -> {
                try (ResultSet rs = rows.get()) {
                    while (rs.next()) {
                        // Reading the row is the check: H2 decodes its page here.
                    }
                    return null;
                } catch (SQLException e) {
                    throw new UnableToExecuteStatementException(e, context);
                }
            });
        }
    }

    static WorkspaceHealth run(Handle handle, String newestKnownVersion) {
        List<String> problems = new ArrayList<>();
        String version = handle.createQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                        + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")
                .mapTo(String.class).findFirst().orElse("");
        if (version.isEmpty()) {
            problems.add(DomainTexts.text("health.problem.noSchema"));
        } else if (Integer.parseInt(version) > Integer.parseInt(newestKnownVersion)) {
            problems.add(DomainTexts.text("health.problem.newerSchema", version, newestKnownVersion));
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> tables = handle.createQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name")
                .mapTo(String.class).list();
        for (String table : tables) {
            rows.put(table.toLowerCase(Locale.ROOT),
                    handle.createQuery("SELECT COUNT(*) FROM \"" + table + "\"").mapTo(Long.class).one());
        }
        List<Map<String, Object>> links = handle.createQuery("SELECT kcu.table_name AS t, kcu.column_name AS c, "
                        + "ref.table_name AS rt, ref.column_name AS rc "
                        + "FROM information_schema.referential_constraints rc "
                        + "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
                        + "AND kcu.constraint_schema = rc.constraint_schema "
                        + "JOIN information_schema.key_column_usage ref ON ref.constraint_name = "
                        + "rc.unique_constraint_name AND ref.constraint_schema = rc.unique_constraint_schema "
                        + "AND ref.ordinal_position = kcu.position_in_unique_constraint "
                        + "WHERE UPPER(rc.constraint_schema) = 'PUBLIC'")
                .mapToMap().list();
        for (Map<String, Object> link : links) {
            String table = (String) link.get("t");
            String column = (String) link.get("c");
            String target = (String) link.get("rt");
            String key = (String) link.get("rc");
            long broken = handle.createQuery("SELECT COUNT(*) FROM \"" + table + "\" x WHERE x.\"" + column
                            + "\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"" + target + "\" y WHERE y.\"" + key
                            + "\" = x.\"" + column + "\")")
                    .mapTo(Long.class).one();
            if (broken > 0) {
                problems.add(DomainTexts.text("health.problem.brokenLinks", broken, table.toLowerCase(Locale.ROOT),
                        target.toLowerCase(Locale.ROOT)));
            }
        }
        return new WorkspaceHealth(version, rows, problems);
    }
}
