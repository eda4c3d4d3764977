package app.rapport.ui.imports;

import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.service.ImportPlan;
import app.rapport.ui.common.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The corrections a user makes to the file's values in the check step, as new tables; the file is untouched. */
final class RowCorrections {

    /** The column added when names are moved out of a handle column and the file has no name column. */
    static String nameColumn() {
        return Texts.text("imports.corrections.nameColumn");
    }

    private RowCorrections() {
    }

    /** The table with the cell a problem points at set to {@code value}; {@code null} when it points at no cell. */
    static RawTable correct(RawTable table, ImportPlan.Problem problem, String value) {
        int row = table.lines().indexOf(problem.line());
        int column = table.headers().indexOf(problem.column());
        if (row < 0 || column < 0) {
            return null;
        }
        return withCell(table, row, column, value);
    }

    /**
     * The table with the problem's value moved from its handle cell into the row's name: into the name column,
     * or into a new {@link #nameColumn()} when the file has none. {@code null} when it points at no cell.
     */
    static RawTable moveToName(RawTable table, ImportPlan.Problem problem, String nameColumn) {
        int row = table.lines().indexOf(problem.line());
        int column = table.headers().indexOf(problem.column());
        if (row < 0 || column < 0) {
            return null;
        }
        RawTable cleared = withCell(table, row, column, "");
        if (nameColumn != null) {
            return withCell(cleared, row, cleared.headers().indexOf(nameColumn), problem.value());
        }
        String nameColumnAdded = nameColumn();
        int added = cleared.headers().indexOf(nameColumnAdded);
        if (added < 0) {
            List<String> headers = new ArrayList<>(cleared.headers());
            headers.add(nameColumnAdded);
            List<List<String>> rows = cleared.rows().stream().map(r -> {
                List<String> longer = new ArrayList<>(r);
                longer.add("");
                return (List<String>) longer;
            }).toList();
            cleared = new RawTable(headers, rows, cleared.lines(), cleared.ragged(), cleared.encoding(),
                    cleared.delimiter());
            added = headers.size() - 1;
        }
        return withCell(cleared, row, added, problem.value());
    }

    /** A mapping remembered from an earlier file, shown with its reason. */
    static Map<String, ColumnGuess> remembered(RawTable table, Map<String, ImportField> fields) {
        Map<String, ColumnGuess> guesses = new LinkedHashMap<>();
        for (String header : table.headers()) {
            ImportField field = fields.get(header);
            guesses.put(header, new ColumnGuess(field, field == null
                    ? Texts.text("imports.corrections.ignoredLastTime")
                    : Texts.text("imports.corrections.asChosenLastTime")));
        }
        return guesses;
    }

    /** "2 rows have errors and will be left out (lines 4 and 9); the other 198 will be imported. …" */
    static String leftOut(ImportPlan plan) {
        List<Integer> lines = plan.rows().stream().filter(ImportPlan.Row::hasErrors).map(ImportPlan.Row::line)
                .toList();
        String which = lines.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                + (lines.size() > 10 ? ", …" : "");
        long others = plan.rows().size() - lines.size();
        return lines.size() == 1 ? Texts.text("imports.corrections.leftOutOne", which, others)
                : Texts.text("imports.corrections.leftOutMany", lines.size(), which, others);
    }

    private static RawTable withCell(RawTable table, int row, int column, String value) {
        List<List<String>> rows = new ArrayList<>(table.rows());
        List<String> cells = new ArrayList<>(rows.get(row));
        cells.set(column, value);
        rows.set(row, cells);
        return new RawTable(table.headers(), rows, table.lines(), table.ragged(), table.encoding(), table.delimiter());
    }
}
