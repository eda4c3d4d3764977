package app.rapport.store;

import static app.rapport.domain.Change.Kind.VIEW;

import app.rapport.domain.Change;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.search.SavedView;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Reads and writes the saved views, in sidebar order. */
public final class SavedViewRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    SavedViewRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    public List<SavedView> findAll() {
        return find("");
    }

    /** The views with these ids that exist, in the sidebar's order. */
    public List<SavedView> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : find(" WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    private List<SavedView> find(String where) {
        return handle.createQuery("SELECT * FROM saved_view" + where + " ORDER BY list_position, id")
                .map((rs, ctx) -> new SavedView(rs.getLong("id"), rs.getString("name"), rs.getString("query_text"),
                        rs.getString("sort_spec"), columns(rs.getString("column_spec")), rs.getInt("list_position"),
                        rs.getLong("row_version")))
                .list();
    }

    /**
     * Inserts a new view at the end of the list, or updates one; returns its id.
     *
     * @throws ChangedElsewhereException when the stored view is no longer at {@code view.version()}
     */
    public long save(SavedView view) {
        String columns = String.join(",", view.columns());
        if (view.id() == null) {
            int last = handle.createQuery("SELECT COALESCE(MAX(list_position), 0) FROM saved_view")
                    .mapTo(Integer.class).one();
            long id = handle.createUpdate("INSERT INTO saved_view (name, query_text, sort_spec, column_spec, "
                            + "list_position) VALUES (:n, :q, :s, :c, :p)")
                    .bind("n", view.name()).bind("q", view.query()).bind("s", view.sort()).bind("c", columns)
                    .bind("p", last + 1)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            changes.created(VIEW, id);
            return id;
        }
        int changed = handle.createUpdate("UPDATE saved_view SET name = :n, query_text = :q, sort_spec = :s, "
                        + "column_spec = :c, row_version = row_version + 1 WHERE id = :id AND row_version = :version")
                .bind("n", view.name()).bind("q", view.query()).bind("s", view.sort()).bind("c", columns)
                .bind("id", view.id()).bind("version", view.version()).execute();
        if (changed == 0) {
            throw new ChangedElsewhereException(findAll().stream().filter(v -> v.id().equals(view.id()))
                    .findFirst().orElse(null));
        }
        changes.changed(VIEW, view.id());
        return view.id();
    }

    /** Whether another view already has this name (case ignored). */
    public boolean nameTaken(String name, Long exceptId) {
        return handle.createQuery("SELECT COUNT(*) FROM saved_view WHERE LOWER(name) = LOWER(:n) "
                        + "AND id <> :id")
                .bind("n", name).bind("id", exceptId == null ? -1L : exceptId).mapTo(Integer.class).one() > 0;
    }

    public boolean delete(long id) {
        boolean deleted = handle.createUpdate("DELETE FROM saved_view WHERE id = :id").bind("id", id).execute() > 0;
        if (deleted) {
            changes.deleted(VIEW, id);
        }
        return deleted;
    }

    /** Puts the views in this order (ids not listed keep theirs after the listed ones). */
    public void reorder(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            handle.createUpdate("UPDATE saved_view SET list_position = :p WHERE id = :id")
                    .bind("p", i + 1).bind("id", ids.get(i)).execute();
        }
        changes.changed(VIEW, ids);
    }

    private static List<String> columns(String spec) {
        return spec == null || spec.isBlank() ? List.of() : Arrays.asList(spec.split(","));
    }
}
