package app.rapport.bench;

import app.rapport.domain.Platform;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The fair floor for an import: H2 loading the benchmark's CSV into a workspace Rapport created, with SQL alone,
 * into the same tables, indexes and constraints, and the same rows, as Rapport's import writes (contacts, their
 * status history, accounts, tags), all in one transaction. The bare {@code CSVREAD} into one table is a floor no
 * importer can reach; this one shows what is left once H2 does the work Rapport must do.
 */
final class SameSchemaLoad {

    /** The platforms of the file's handle columns, in the order the import keeps them. */
    private static final List<Platform> PLATFORMS = List.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE,
            Platform.TWITCH);
    /** Stands for the handle in a profile address, split around it to build the address in SQL. */
    private static final String MARKER = "HANDLE";
    /** The characters Rapport splits tags at ({@code Tags.parse}). */
    private static final String TAG_PART = "[^;,|]+";

    private SameSchemaLoad() {
    }

    /** Loads the CSV (as {@link SyntheticContacts#writeCsv} writes it) into the closed workspace in the folder. */
    static void load(Path csv, Path workspace) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "rapport", ""); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            // Temporary tables marked TRANSACTIONAL, so creating them does not commit the load half done.
            sql.execute("CREATE LOCAL TEMPORARY TABLE staged (n BIGINT PRIMARY KEY, name VARCHAR, email VARCHAR, "
                    + "phone VARCHAR, city VARCHAR, country VARCHAR, tags VARCHAR, notes VARCHAR, "
                    + handleColumns("VARCHAR") + ") TRANSACTIONAL");
            sql.execute("INSERT INTO staged SELECT ROWNUM(), * FROM CSVREAD('" + csv + "', NULL, "
                    + "'charset=UTF-8')");
            long before = single(sql, "SELECT COALESCE(MAX(id), 0) FROM contact");
            sql.execute("INSERT INTO contact (display_name, real_name, email, email_key, phone, city, country, "
                    + "languages, audience_notes, fit_rating, red_flags, created_at, updated_at, outreach_status, "
                    + "status_since, follow_up_on, follow_up_reason) "
                    + "SELECT TRIM(name), NULL, " + text("email") + ", LOWER(" + text("email") + "), "
                    + text("phone") + ", " + text("city") + ", " + text("country") + ", NULL, " + text("notes")
                    + ", NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PROSPECT', CURRENT_TIMESTAMP, NULL, "
                    + "NULL FROM staged ORDER BY n");
            // The new contacts' ids rise in the file's order, so the n-th new id is the file's n-th row.
            sql.execute("CREATE LOCAL TEMPORARY TABLE loaded (n BIGINT PRIMARY KEY, id BIGINT NOT NULL) "
                    + "TRANSACTIONAL");
            sql.execute("INSERT INTO loaded SELECT ROW_NUMBER() OVER (ORDER BY id), id FROM contact WHERE id > "
                    + before);
            sql.execute("INSERT INTO status_change (contact_id, from_status, to_status, changed_at) "
                    + "SELECT id, NULL, outreach_status, status_since FROM contact WHERE id > " + before
                    + " ORDER BY id");
            sql.execute("INSERT INTO social_account (contact_id, sort_order, platform, handle, handle_key, "
                    + "profile_url, followers, engagement_rate, checked_on, created_at, updated_at) "
                    + "SELECT id, ROW_NUMBER() OVER (PARTITION BY id ORDER BY p) - 1, platform, handle, "
                    + "LOWER(handle), url_before || handle || url_after, followers, NULL, NULL, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP FROM (" + accountsOfEachPlatform() + ") WHERE handle <> ''");
            // At most one tag more than the separators in the cell: the numbers each tag is picked out by.
            int most = (int) single(sql, "SELECT COALESCE(MAX(LENGTH(tags) - LENGTH(REGEXP_REPLACE(tags, "
                    + "'[;,|]', ''))), 0) + 1 FROM staged");
            sql.execute("CREATE LOCAL TEMPORARY TABLE staged_tag (n BIGINT, part INT, name VARCHAR, "
                    + "PRIMARY KEY (n, part)) TRANSACTIONAL");
            sql.execute("INSERT INTO staged_tag SELECT n, part, name FROM (SELECT s.n, r.x AS part, "
                    + "TRIM(REGEXP_SUBSTR(s.tags, '" + TAG_PART + "', 1, r.x)) AS name FROM staged s "
                    + "CROSS JOIN SYSTEM_RANGE(1, " + most + ") r) WHERE name <> ''");
            sql.execute("INSERT INTO tag (name, name_key) SELECT MIN(s.name), LOWER(s.name) FROM staged_tag s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM tag t WHERE t.name_key = LOWER(s.name)) "
                    + "GROUP BY LOWER(s.name)");
            sql.execute("INSERT INTO contact_tag (contact_id, tag_id, sort_order) "
                    + "SELECT l.id, t.id, ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY s.part) - 1 "
                    + "FROM staged_tag s JOIN loaded l ON l.n = s.n JOIN tag t ON t.name_key = LOWER(s.name)");
            connection.commit();
        }
    }

    /**
     * One select per platform of the contacts with something in its handle column: the handle without its leading
     * '@', and the profile address's text before and after the handle.
     */
    private static String accountsOfEachPlatform() {
        StringBuilder union = new StringBuilder();
        for (int p = 0; p < PLATFORMS.size(); p++) {
            Platform platform = PLATFORMS.get(p);
            String handle = column(platform.label());
            String followers = column(platform.label() + " followers");
            // As Platform.profileUrl, which the import fills in for every handle.
            String url = platform.profileUrl(MARKER).orElseThrow();
            int at = url.indexOf(MARKER);
            if (p > 0) {
                union.append(" UNION ALL ");
            }
            // As SocialHandles.normalize: every leading '@' off, then the spaces around what is left.
            union.append("SELECT l.id, ").append(p).append(" AS p, '").append(platform.name())
                    .append("' AS platform, TRIM(REGEXP_REPLACE(TRIM(s.").append(handle)
                    .append("), '^[@\\s]+', '')) AS handle, '").append(url, 0, at).append("' AS url_before, '")
                    .append(url.substring(at + MARKER.length())).append("' AS url_after, CAST(NULLIF(TRIM(s.")
                    .append(followers).append("), '') AS BIGINT) AS followers FROM staged s JOIN loaded l ")
                    .append("ON l.n = s.n WHERE s.").append(handle).append(" IS NOT NULL");
        }
        return union.toString();
    }

    private static String handleColumns(String type) {
        StringBuilder columns = new StringBuilder();
        for (Platform platform : PLATFORMS) {
            columns.append(columns.isEmpty() ? "" : ", ").append(column(platform.label())).append(' ').append(type)
                    .append(", ").append(column(platform.label() + " followers")).append(' ').append(type);
        }
        return columns.toString();
    }

    /** The staged column for a header of the file. */
    private static String column(String header) {
        return header.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** A text cell as Rapport stores it: trimmed, and nothing for an empty cell. */
    private static String text(String column) {
        return "NULLIF(TRIM(" + column + "), '')";
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
