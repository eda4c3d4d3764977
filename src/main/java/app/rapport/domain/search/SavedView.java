package app.rapport.domain.search;

import app.rapport.domain.Text;
import java.util.List;

/**
 * A named search the sidebar lists.
 *
 * @param sort    the table's sort as {@code column:asc|desc} pairs separated by commas, "" for none
 * @param columns the visible table columns in order, empty for the user's current layout
 * @param position where it stands in the sidebar, from 1
 * @param version  the stored row's version when read (0 for a new view); a save from an older one is refused
 */
public record SavedView(Long id, String name, String query, String sort, List<String> columns, int position,
        long version) {

    /** A view not read from the workspace (version 0). */
    public SavedView(Long id, String name, String query, String sort, List<String> columns, int position) {
        this(id, name, query, sort, columns, position, 0);
    }

    /** The longest name the sidebar shows. */
    public static final int MAX_NAME = 100;

    public SavedView {
        name = Text.orEmpty(name).strip();
        query = Text.orEmpty(query).strip();
        sort = Text.orEmpty(sort).strip();
        columns = List.copyOf(columns == null ? List.of() : columns);
    }

    public SavedView withName(String newName) {
        return new SavedView(id, newName, query, sort, columns, position, version);
    }
}
