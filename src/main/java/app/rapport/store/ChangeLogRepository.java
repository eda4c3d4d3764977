package app.rapport.store;

import app.rapport.domain.FieldChange;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The change history of records, newest first. */
public final class ChangeLogRepository {

    /** The kinds of record the history keeps. */
    public static final String CONTACT = "contact";
    public static final String DEAL = "deal";

    private final Handle handle;

    ChangeLogRepository(Handle handle) {
        this.handle = handle;
    }

    public void add(String entity, long id, List<FieldChange> changes) {
        for (FieldChange c : changes) {
            handle.createUpdate("INSERT INTO change_log (entity, entity_id, field, old_value, new_value, changed_at, "
                            + "changed_by) VALUES (:e, :id, :f, :o, :n, :at, :by)")
                    .bind("e", entity).bind("id", id).bind("f", c.field()).bind("o", c.before())
                    .bind("n", c.after()).bind("at", c.at().atOffset(ZoneOffset.UTC)).bind("by", c.by())
                    .execute();
        }
    }

    public List<FieldChange> history(String entity, long id) {
        return handle.createQuery("SELECT * FROM change_log WHERE entity = :e AND entity_id = :id "
                        + "ORDER BY changed_at DESC, id DESC")
                .bind("e", entity).bind("id", id)
                .map((rs, ctx) -> new FieldChange(rs.getObject("changed_at", OffsetDateTime.class)
                        .toInstant(), rs.getString("field"), nullToEmpty(rs.getString("old_value")),
                        nullToEmpty(rs.getString("new_value")), rs.getString("changed_by")))
                .list();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
