package app.rapport.store;

import static app.rapport.domain.Change.Kind.CONTACT;

import app.rapport.domain.Change;
import app.rapport.domain.TrashedContact;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Moves contacts into the Trash and out of it, lists it and empties it. A contact in the Trash is one whose
 * {@code deleted_at} is set; every other read of contacts leaves those out.
 */
public final class TrashRepository {

    private final Handle handle;
    private final Change.Recorder changes;

    TrashRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** Moves a contact to the Trash; returns whether it was there to move. */
    public boolean moveIn(long id, Instant at) {
        boolean trashed = handle.createUpdate("UPDATE contact SET deleted_at = :at WHERE id = :id "
                        + "AND deleted_at IS NULL")
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).bind("id", id).execute() > 0;
        if (trashed) {
            changes.deleted(CONTACT, id);
        }
        return trashed;
    }

    /** Takes a contact out of the Trash; returns whether it was in it. */
    public boolean restore(long id) {
        boolean restored = handle.createUpdate("UPDATE contact SET deleted_at = NULL WHERE id = :id "
                        + "AND deleted_at IS NOT NULL")
                .bind("id", id).execute() > 0;
        if (restored) {
            changes.created(CONTACT, id);
        }
        return restored;
    }

    /** The contacts in the Trash, most recently deleted first. */
    public List<TrashedContact> contents() {
        return handle.createQuery("SELECT id, display_name, deleted_at FROM contact WHERE deleted_at IS NOT NULL "
                        + "ORDER BY deleted_at DESC, id DESC")
                .map((rs, ctx) -> new TrashedContact(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Deletes for good the contacts trashed before {@code before} ({@code null}: all in the Trash). */
    public int purge(Instant before) {
        List<Long> ids = before == null
                ? handle.createQuery("SELECT id FROM contact WHERE deleted_at IS NOT NULL").mapTo(Long.class).list()
                : handle.createQuery("SELECT id FROM contact WHERE deleted_at < :before")
                        .bind("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).mapTo(Long.class).list();
        // Deleting goes through the contacts' own repository, so a purge is recorded as any deletion is.
        new ContactRepository(handle, changes).deleteAll(ids);
        return ids.size();
    }
}
