package app.rapport.store;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.text.DomainTexts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Copies a whole workspace from one database into another at the same schema: a local file into a team
 * server, or a team server into a new local file. The copy is one transaction on the target, checked table by
 * table against the source before it is committed; the source is only read.
 */
public final class WorkspaceCopy {

    private static final int BATCH = 1000;

    private WorkspaceCopy() {
    }

    /**
     * Copies every row of every table from {@code from} into {@code to}, which must hold no contacts, deals or
     * campaigns yet (the rows its migrations seeded, such as the message templates, are replaced).
     *
     * @return the rows per table of the workspace (Flyway's own table aside), as both now hold them
     * @throws RuleViolation when the target already holds a workspace
     */
    public static Map<String, Long> copy(Database from, Database to) {
        Map<String, Long> source = WorkspaceCheck.run(from).rows();
        Map<String, Long> before = WorkspaceCheck.run(to).rows();
        for (String table : List.of("contact", "deal", "campaign")) {
            if (before.getOrDefault(table, 0L) > 0) {
                throw new RuleViolation(DomainTexts.text("workspace.targetNotEmpty", before.get(table), table));
            }
        }
        List<String> order = from.withHandle(WorkspaceCopy::tablesParentsFirst);
        Map<String, Long> copied = to.inTransactionHandle(target -> {
            for (int i = order.size() - 1; i >= 0; i--) {
                target.execute("DELETE FROM " + order.get(i));
            }
            for (String table : order) {
                from.withHandle(h -> {
                    copyTable(h, target, table);
                    return null;
                });
            }
            Map<String, Long> all = WorkspaceCheck.run(target, "999999").rows();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : order) {
                if (!all.get(table).equals(source.get(table))) {
                    throw new IllegalStateException("The copy of " + table + " holds " + all.get(table)
                            + " rows instead of " + source.get(table));
                }
                rows.put(table, all.get(table));
            }
            return rows;
        });
        restartIdentities(to, order);
        return copied;
    }

    /**
     * Lets each table's generated ids go on after the highest one copied into it. The one statement that differs
     * between the two databases (ADR 3). After the commit: in H2 a change of table definition would end the
     * transaction.
     */
    static void restartIdentities(Database to, List<String> tables) {
        boolean postgres = to.teamServer() != null;
        to.withHandle(handle -> {
            for (String table : tables) {
                restartIdentity(handle, table, postgres);
            }
            return null;
        });
    }

    private static void restartIdentity(Handle handle, String table, boolean postgres) {
        boolean hasId = handle.createQuery("SELECT COUNT(*) FROM information_schema.columns WHERE "
                        + "UPPER(table_schema) = 'PUBLIC' AND LOWER(table_name) = :t AND LOWER(column_name) = 'id'")
                .bind("t", table).mapTo(Long.class).one() > 0;
        if (!hasId) {
            return;
        }
        long next = handle.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
        if (postgres) {
            handle.createQuery("SELECT setval(pg_get_serial_sequence(:t, 'id'), :next, false)").bind("t", table)
                    .bind("next", next).mapTo(Long.class).one();
        } else {
            handle.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /** The workspace's tables (not Flyway's), each after the tables its rows point to. */
    static List<String> tablesParentsFirst(Handle handle) {
        List<String> tables = handle.createQuery("SELECT LOWER(table_name) FROM information_schema.tables "
                        + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE' "
                        + "AND LOWER(table_name) <> 'flyway_schema_history' ORDER BY 1")
                .mapTo(String.class).list();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        handle.createQuery("SELECT LOWER(kcu.table_name), LOWER(ref.table_name) "
                        + "FROM information_schema.referential_constraints rc "
                        + "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
                        + "AND kcu.constraint_schema = rc.constraint_schema "
                        + "JOIN information_schema.key_column_usage ref ON ref.constraint_name = "
                        + "rc.unique_constraint_name AND ref.constraint_schema = rc.unique_constraint_schema "
                        + "WHERE UPPER(rc.constraint_schema) = 'PUBLIC'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(link -> {
                    if (!link.getKey().equals(link.getValue()) && parents.containsKey(link.getKey())) {
                        parents.get(link.getKey()).add(link.getValue());
                    }
                });
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            int placed = ordered.size();
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == placed) {
                throw new IllegalStateException("The tables' links go in a circle: " + parents);
            }
        }
        return ordered;
    }

    private static void copyTable(Handle source, Handle target, String table) {
        source.useTransaction(h -> h.createQuery("SELECT * FROM " + table).scanResultSet((supplier, ctx) -> {
            try (ResultSet rs = supplier.get()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                // Plain JDBC: a column may be null in one row and a value in the next, with its type known.
                try (PreparedStatement rows = target.getConnection().prepareStatement(insert)) {
                    int pending = 0;
                    while (rs.next()) {
                        for (int c = 1; c <= columns.size(); c++) {
                            Object value = value(rs, c, meta.getColumnTypeName(c));
                            if (value == null) {
                                rows.setNull(c, meta.getColumnType(c));
                            } else {
                                rows.setObject(c, value);
                            }
                        }
                        rows.addBatch();
                        if (++pending == BATCH) {
                            rows.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        rows.executeBatch();
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("Copying " + table + " failed", e);
            }
        }));
    }

    /** A column's value as both databases bind it; moments keep their offset. */
    private static Object value(ResultSet rs, int column, String typeName) throws SQLException {
        String type = typeName.toLowerCase(Locale.ROOT);
        // H2 says "timestamp with time zone", PostgreSQL "timestamptz"; both read back the same moment.
        if (type.contains("with time zone") || type.equals("timestamptz")) {
            return rs.getObject(column, OffsetDateTime.class);
        }
        if (type.equals("date")) {
            return rs.getObject(column, LocalDate.class);
        }
        return rs.getObject(column);
    }
}
