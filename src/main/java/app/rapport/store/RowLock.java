package app.rapport.store;

import org.jdbi.v3.core.Handle;

/**
 * Waits until no other transaction is saving a row. A refused save reads the stored record in several
 * statements (its accounts, tags, notes, then the row); while the other save is still committing, those reads
 * could see half of it. Locking the row first makes them see all of it.
 */
final class RowLock {

    private RowLock() {
    }

    /** Locks the row of {@code table} with this id until the transaction ends, waiting for any other writer. */
    static void awaitWriters(Handle handle, String table, long id) {
        handle.createQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE").bind("id", id)
                .mapTo(Long.class).findOne();
    }
}
