package app.rapport.store;

import static app.rapport.domain.Change.Kind.TEMPLATE;

import app.rapport.domain.Change;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.MessageTemplate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Message templates, by name. */
public final class TemplateRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    TemplateRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    public List<MessageTemplate> findAll() {
        return find("");
    }

    /** The templates with these ids that exist. */
    public List<MessageTemplate> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : find(" WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    private List<MessageTemplate> find(String where) {
        return handle.createQuery("SELECT id, name, subject, body, row_version FROM message_template" + where
                        + " ORDER BY id")
                .map((rs, ctx) -> new MessageTemplate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    /** Whether another template already has this name (case-insensitive). */
    public boolean nameTaken(String name, Long exceptId) {
        return handle.createQuery("SELECT id FROM message_template WHERE LOWER(name) = LOWER(:name)")
                .bind("name", name).mapTo(Long.class).stream().anyMatch(id -> !id.equals(exceptId));
    }

    /**
     * Inserts or updates a template; returns it as stored.
     *
     * @throws ChangedElsewhereException when the stored template is no longer at {@code t.version()}
     */
    public MessageTemplate save(MessageTemplate t) {
        if (t.id() == null) {
            long id = handle.createUpdate("INSERT INTO message_template (name, subject, body) VALUES (:n, :s, :b)")
                    .bind("n", t.name()).bind("s", t.subject()).bind("b", t.body())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            changes.created(TEMPLATE, id);
            return find(id).orElseThrow();
        }
        int changed = handle.createUpdate("UPDATE message_template SET name = :n, subject = :s, body = :b, "
                        + "row_version = row_version + 1 WHERE id = :id AND row_version = :version")
                .bind("n", t.name()).bind("s", t.subject()).bind("b", t.body()).bind("id", t.id())
                .bind("version", t.version()).execute();
        if (changed == 0) {
            throw new ChangedElsewhereException(find(t.id()).orElse(null));
        }
        changes.changed(TEMPLATE, t.id());
        return find(t.id()).orElseThrow();
    }

    private Optional<MessageTemplate> find(long id) {
        return findAll().stream().filter(t -> t.id() == id).findFirst();
    }

    public void delete(long id) {
        if (handle.createUpdate("DELETE FROM message_template WHERE id = :id").bind("id", id).execute() > 0) {
            changes.deleted(TEMPLATE, id);
        }
    }
}
