package app.rapport.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The indexes whose keys arrive in no particular order: contacts by email, accounts by handle. Inside one large
 * transaction H2 writes a page of such an index out again for nearly every new row (it spills uncommitted pages
 * every few megabytes, then commits each entry once more), which made a 100,000-row import ten times slower
 * than the rows themselves. A bulk load on this computer's workspace drops them and builds them again afterwards,
 * from sorted keys in one pass, as PostgreSQL's "Populating a Database" advises for large loads.
 */
final class KeyIndexes {

    private record Index(String name, String drop, String create) {
    }

    private static final List<Index> ALL = List.of(
            new Index("IX_CONTACT_EMAIL_KEY", "DROP INDEX ix_contact_email_key",
                    "CREATE INDEX ix_contact_email_key ON contact (email_key)"),
            new Index("UQ_SOCIAL_ACCOUNT_HANDLE",
                    "ALTER TABLE social_account DROP CONSTRAINT uq_social_account_handle",
                    "ALTER TABLE social_account ADD CONSTRAINT uq_social_account_handle "
                            + "UNIQUE (platform, handle_key)"));

    private KeyIndexes() {
    }

    /** A setting that says they were dropped and not yet built again: read as the workspace opens. */
    private static final String MARK = "store.lookup-indexes-dropped";

    /**
     * Drops them, after noting so in the workspace; each statement commits on its own, so call this outside a
     * transaction.
     */
    static void drop(Handle handle) {
        handle.execute("DELETE FROM setting WHERE name = ?", MARK);
        handle.execute("INSERT INTO setting (name, setting_value) VALUES (?, ?)", MARK, "yes");
        Set<String> present = present(handle);
        for (Index index : ALL) {
            if (present.contains(index.name())) {
                handle.execute(index.drop());
            }
        }
    }

    /** Whether they were dropped and not built again since: a bulk load was cut off, or is under way. */
    static boolean wereDropped(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM setting WHERE name = :name").bind("name", MARK)
                .mapTo(Integer.class).one() > 0;
    }

    /**
     * Builds again those that are missing: after a bulk load, and when the workspace opens after one was cut
     * off. Returns how many were built.
     */
    static int restore(Handle handle) {
        Set<String> present = present(handle);
        int built = 0;
        for (Index index : ALL) {
            if (!present.contains(index.name())) {
                handle.execute(index.create());
                built++;
            }
        }
        handle.execute("DELETE FROM setting WHERE name = ?", MARK);
        return built;
    }

    /** Builds them again if {@link #wereDropped}; returns how many were built. */
    static int restoreIfDropped(Handle handle) {
        return wereDropped(handle) ? restore(handle) : 0;
    }

    /**
     * Whether two accounts share a platform and handle: what the unique constraint would refuse. Checked before
     * a bulk load commits, since the constraint is not there to check it.
     */
    static boolean handlesRepeat(Handle handle) {
        return handle.createQuery("SELECT 1 FROM social_account WHERE handle_key IS NOT NULL GROUP BY platform, handle_key "
                + "HAVING COUNT(*) > 1 "
                + "FETCH FIRST 1 ROW ONLY").mapTo(Integer.class).findOne().isPresent();
    }

    /** Which of them exist now: indexes by name, the unique constraint by its name. */
    private static Set<String> present(Handle handle) {
        List<String> names = handle.createQuery("SELECT index_name FROM information_schema.indexes "
                + "WHERE table_schema = 'PUBLIC' UNION SELECT constraint_name FROM information_schema"
                + ".table_constraints WHERE table_schema = 'PUBLIC'").mapTo(String.class).list();
        return names.stream().filter(n -> ALL.stream().anyMatch(i -> i.name().equals(n)))
                .collect(Collectors.toSet());
    }
}
