package app.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Copies the rows H2's recovery tool read back (in a database in memory) into a fresh workspace, table by table,
 * parents first. A row that breaks a rule of the fresh workspace (it points to a row that was lost, or repeats a
 * key) is left out and counted, so one damaged row never costs the rest.
 */
final class SalvageCopy {

    private final Connection recovered;
    private final Database fresh;
    private long leftOut;

    SalvageCopy(Connection recovered, Database fresh) {
        this.recovered = recovered;
        this.fresh = fresh;
    }

    /** How many rows the recovered tables hold in all, the schema history aside. */
    static long rowsIn(Connection recovered) throws SQLException {
        long rows = 0;
        for (String table : tables(recovered).values()) {
            if (!table.equalsIgnoreCase("flyway_schema_history")) {
                rows += count(recovered, table);
            }
        }
        return rows;
    }

    /** Copies every table the fresh workspace has; returns the rows saved per table. */
    Map<String, Long> run() throws SQLException {
        Map<String, String> found = tables(recovered);
        List<String> order = fresh.withHandle(WorkspaceCopy::tablesParentsFirst);
        // The rows the fresh workspace's migrations seeded (message templates) give way to the recovered ones.
        for (int i = order.size() - 1; i >= 0; i--) {
            String table = order.get(i);
            if (found.containsKey(table) && count(recovered, found.get(table)) > 0) {
                fresh.withHandle(h -> h.execute("DELETE FROM " + table));
            }
        }
        Map<String, Long> saved = new LinkedHashMap<>();
        for (String table : order) {
            if (!found.containsKey(table)) {
                saved.put(table, 0L);
                continue;
            }
            saved.put(table, fresh.inTransactionHandle(h -> copyTable(h, table, found.get(table))));
        }
        WorkspaceCopy.restartIdentities(fresh, order);
        return saved;
    }

    /** Rows that could not be put back in the new workspace. */
    long rowsLeftOut() {
        return leftOut;
    }

    private long copyTable(Handle target, String table, String recoveredName) {
        try {
            List<String> columns = shared(target, table, recoveredName);
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            String select = "SELECT " + String.join(", ", columns.stream().map(c -> "\"" + c.toUpperCase(Locale.ROOT)
                    + "\"").toList()) + " FROM \"" + recoveredName + "\"";
            long copied = 0;
            Connection connection = target.getConnection();
            try (Statement reading = recovered.createStatement(); ResultSet rs = reading.executeQuery(select);
                    PreparedStatement rows = connection.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int c = 1; c <= columns.size(); c++) {
                        rows.setObject(c, rs.getObject(c));
                    }
                    Savepoint before = connection.setSavepoint();
                    try {
                        rows.executeUpdate();
                        copied++;
                    } catch (SQLException brokenRule) {
                        connection.rollback(before);
                        leftOut++;
                    }
                }
            }
            return copied;
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the salvaged rows of " + table + " failed", e);
        }
    }

    /** The columns both the fresh table and the recovered one have, in the fresh table's order. */
    private List<String> shared(Handle target, String table, String recoveredName) throws SQLException {
        List<String> wanted = target.createQuery("SELECT LOWER(column_name) FROM information_schema.columns "
                        + "WHERE UPPER(table_schema) = 'PUBLIC' AND LOWER(table_name) = :t ORDER BY ordinal_position")
                .bind("t", table).mapTo(String.class).list();
        List<String> have = new ArrayList<>();
        try (PreparedStatement query = recovered.prepareStatement("SELECT LOWER(column_name) FROM "
                + "information_schema.columns WHERE table_schema = 'PUBLIC' AND table_name = ?")) {
            query.setString(1, recoveredName);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    have.add(rs.getString(1));
                }
            }
        }
        return wanted.stream().filter(have::contains).toList();
    }

    /** The recovered tables by lower-case name, with the name H2 gave them. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                        + "AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
            }
        }
        return names;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
