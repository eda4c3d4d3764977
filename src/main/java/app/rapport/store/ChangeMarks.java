package app.rapport.store;

import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Finds what other people changed in a team workspace since the last look, record by record. Each kind first
 * answers one cheap aggregate (its mark); only a kind whose mark moved has its rows' fingerprints (id and
 * versions, never whole records) read and compared with the last look's, which names the ids created, changed
 * and deleted. Fingerprints come from the server's rows, so people's clocks need not agree.
 */
final class ChangeMarks {

    private record Query(String mark, String fingerprints) {
    }

    private static final Map<Kind, Query> QUERIES = new EnumMap<>(Map.of(
            Kind.CONTACT, new Query("SELECT COUNT(*), COUNT(deleted_at), MAX(deleted_at), MAX(updated_at), "
                    + "SUM(row_version), MAX(status_since), COUNT(follow_up_on), MAX(follow_up_on), "
                    + "(SELECT COUNT(*) FROM interaction), (SELECT MAX(id) FROM interaction), "
                    + "(SELECT COUNT(*) FROM social_account), (SELECT COUNT(*) FROM contact_tag), "
                    + "(SELECT MAX(id) FROM status_change) FROM contact",
                    "SELECT c.id, c.row_version, c.updated_at, c.outreach_status, c.status_since, c.follow_up_on, "
                            + "c.follow_up_reason, (SELECT COUNT(*) FROM interaction i WHERE i.contact_id = c.id), "
                            + "(SELECT MAX(i.id) FROM interaction i WHERE i.contact_id = c.id) "
                            + "FROM contact c WHERE c.deleted_at IS NULL"),
            Kind.DEAL, new Query("SELECT COUNT(*), SUM(row_version), MAX(updated_at) FROM deal",
                    "SELECT id, row_version, updated_at FROM deal"),
            Kind.CAMPAIGN, new Query("SELECT (SELECT COUNT(*) FROM campaign), (SELECT SUM(row_version) FROM campaign), "
                    + "(SELECT COUNT(*) FROM shortlist_entry), (SELECT SUM(priority) FROM shortlist_entry), "
                    + "(SELECT SUM(row_version) FROM shortlist_entry), (SELECT MAX(id) FROM shortlist_entry)",
                    "SELECT c.id, c.row_version, COUNT(e.id), SUM(e.priority), SUM(e.row_version), SUM(e.contact_id) "
                            + "FROM campaign c LEFT JOIN shortlist_entry e ON e.campaign_id = c.id "
                            + "GROUP BY c.id, c.row_version"),
            Kind.TEMPLATE, new Query(null, "SELECT id, row_version FROM message_template"),
            Kind.VIEW, new Query(null, "SELECT id, row_version, list_position FROM saved_view"),
            Kind.SETTINGS, new Query(null, "SELECT " + Change.SETTINGS_ID + ", name, setting_value FROM setting "
                    + "ORDER BY name")));

    private final Map<Kind, String> marks = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<Long, String>> seen = new EnumMap<>(Kind.class);

    /**
     * What changed since the last look, kind by kind; the first look only takes note of how things are and
     * reports nothing.
     */
    synchronized Change look(Handle handle) {
        Change.Recorder changes = new Change.Recorder();
        QUERIES.forEach((kind, query) -> {
            String mark = query.mark() == null ? null : mark(handle, query.mark());
            if (mark != null && mark.equals(marks.get(kind))) {
                return;
            }
            Map<Long, String> now = fingerprints(handle, query.fingerprints());
            Map<Long, String> before = seen.put(kind, now);
            if (mark != null) {
                marks.put(kind, mark);
            }
            if (before != null) {
                compare(kind, before, now, changes);
            }
        });
        return changes.build();
    }

    private static void compare(Kind kind, Map<Long, String> before, Map<Long, String> now, Change.Recorder changes) {
        now.forEach((id, print) -> {
            String was = before.get(id);
            if (was == null) {
                changes.created(kind, id);
            } else if (!was.equals(print)) {
                changes.changed(kind, id);
            }
        });
        before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> changes.deleted(kind, id));
    }

    private static String mark(Handle handle, String sql) {
        return handle.createQuery(sql).map((rs, ctx) -> {
            StringBuilder mark = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                mark.append(rs.getString(column)).append('|');
            }
            return mark.toString();
        }).one();
    }

    /** Each row's id and the rest of its columns as one string; rows sharing an id (settings) are joined. */
    private static Map<Long, String> fingerprints(Handle handle, String sql) {
        Map<Long, String> prints = new HashMap<>();
        handle.createQuery(sql).map((rs, ctx) -> {
            StringBuilder print = new StringBuilder();
            for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                print.append(Objects.toString(rs.getString(column), "")).append('|');
            }
            return Map.entry(rs.getLong(1), print.toString());
        }).forEach(e -> prints.merge(e.getKey(), e.getValue(), String::concat));
        return prints;
    }
}
