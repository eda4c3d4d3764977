package app.rapport.ui.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table's columns as text, so the layout can be kept in the workspace: {@code name:124,!email:80,...} lists
 * the columns in order with their widths, {@code !} marking hidden ones; sorts read {@code followers:desc}.
 * Columns are named by their id without the "Column" suffix.
 */
final class TableLayout {

    private TableLayout() {
    }

    static String describe(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            parts.add((column.isVisible() ? "" : "!") + name(column) + ":" + Math.round(column.getWidth()));
        }
        return String.join(",", parts);
    }

    /** Puts columns in the described order, width and visibility; unknown names are ignored. */
    static <S> void apply(TableView<S> table, String layout) {
        if (layout == null || layout.isBlank()) {
            return;
        }
        Map<String, TableColumn<S, ?>> byName = byName(table);
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (String part : layout.split(",")) {
            boolean hidden = part.startsWith("!");
            String[] nameWidth = (hidden ? part.substring(1) : part).split(":");
            TableColumn<S, ?> column = byName.remove(nameWidth[0]);
            if (column == null) {
                continue;
            }
            column.setVisible(!hidden);
            if (nameWidth.length > 1) {
                try {
                    column.setPrefWidth(Math.max(column.getMinWidth(), Double.parseDouble(nameWidth[1])));
                } catch (NumberFormatException e) {
                    // a hand-edited width: keep the default
                }
            }
            ordered.add(column);
        }
        ordered.addAll(byName.values().stream().sorted((a, b) -> Integer.compare(table.getColumns().indexOf(a),
                table.getColumns().indexOf(b))).toList());
        table.getColumns().setAll(ordered);
    }

    /** The visible columns in order. */
    static List<String> visibleColumns(TableView<?> table) {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableLayout::name).toList();
    }

    /** Shows only these columns, in this order, the others hidden after them; an empty list changes nothing. */
    static <S> void showOnly(TableView<S> table, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Map<String, TableColumn<S, ?>> byName = byName(table);
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (String name : names) {
            TableColumn<S, ?> column = byName.remove(name);
            if (column != null) {
                column.setVisible(true);
                ordered.add(column);
            }
        }
        if (ordered.isEmpty()) {
            return;
        }
        byName.values().forEach(c -> c.setVisible(false));
        ordered.addAll(table.getColumns().stream().filter(c -> byName.containsKey(name(c))).toList());
        table.getColumns().setAll(ordered);
    }

    static String sort(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getSortOrder()) {
            parts.add(name(column) + ":" + (column.getSortType() == TableColumn.SortType.DESCENDING ? "desc" : "asc"));
        }
        return String.join(",", parts);
    }

    static <S> void applySort(TableView<S> table, String sort) {
        Map<String, TableColumn<S, ?>> byName = byName(table);
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (String part : sort == null || sort.isBlank() ? new String[0] : sort.split(",")) {
            String[] nameType = part.strip().split(":");
            TableColumn<S, ?> column = byName.get(nameType[0]);
            if (column != null) {
                column.setSortType(nameType.length > 1 && nameType[1].equalsIgnoreCase("desc")
                        ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(column);
            }
        }
        table.getSortOrder().setAll(order);
    }

    static String name(TableColumn<?, ?> column) {
        String id = column.getId() == null ? column.getText() : column.getId();
        return id.endsWith("Column") ? id.substring(0, id.length() - "Column".length()) : id.toLowerCase(Locale.ROOT);
    }

    private static <S> Map<String, TableColumn<S, ?>> byName(TableView<S> table) {
        Map<String, TableColumn<S, ?>> byName = new HashMap<>();
        table.getColumns().forEach(c -> byName.put(name(c), c));
        return byName;
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
