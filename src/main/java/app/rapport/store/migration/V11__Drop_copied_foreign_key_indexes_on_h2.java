package app.rapport.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 gives every foreign key an index of its own, so the indexes the first migrations made on the same columns
 * (which PostgreSQL needs, having none of its own) were kept twice on H2, and every new account, tag, status
 * change, note, deliverable and instalment paid for both: about 8 % of a large import. On H2 this drops each
 * copy that another index on the same column stands in for; PostgreSQL keeps them all.
 */
public final class V11__Drop_copied_foreign_key_indexes_on_h2 extends BaseJavaMigration {

    /** The migrations' indexes on a foreign key's column, by table. */
    private static final List<String[]> COPIES = List.of(
            new String[] {"SOCIAL_ACCOUNT", "IX_SOCIAL_ACCOUNT_CONTACT"},
            new String[] {"STATUS_CHANGE", "IX_STATUS_CHANGE_CONTACT"},
            new String[] {"CONTACT_TAG", "IX_CONTACT_TAG_TAG"},
            new String[] {"FIT_NOTE", "IX_FIT_NOTE_CONTACT"},
            new String[] {"DEAL_STAGE_CHANGE", "IX_DEAL_STAGE_CHANGE_DEAL"},
            new String[] {"DELIVERABLE", "IX_DELIVERABLE_DEAL"},
            new String[] {"INSTALMENT", "IX_INSTALMENT_DEAL"});

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        for (String[] copy : COPIES) {
            if (hasTwin(connection, copy[0], copy[1])) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP INDEX " + copy[1]);
                }
            }
        }
    }

    /** Whether another index of the table has the copy's one column as its first. */
    private static boolean hasTwin(Connection connection, String table, String index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM "
                + "information_schema.index_columns mine JOIN information_schema.index_columns other "
                + "ON other.table_schema = mine.table_schema AND other.table_name = mine.table_name "
                + "AND other.column_name = mine.column_name AND other.ordinal_position = 1 "
                + "AND other.index_name <> mine.index_name "
                + "WHERE mine.table_schema = 'PUBLIC' AND mine.table_name = ? AND mine.index_name = ?")) {
            query.setString(1, table);
            query.setString(2, index);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }
}
