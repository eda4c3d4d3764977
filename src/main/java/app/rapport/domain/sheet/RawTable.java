package app.rapport.domain.sheet;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file read as a table, before any meaning is given to its columns.
 *
 * @param headers   the header cells, cleaned (stray spaces and line breaks folded), repeated names numbered
 * @param rows      the data rows, each as long as the header (short rows padded, long rows cut)
 * @param lines     for each row, the line (CSV) or row (XLSX) number a person sees in the file, from 1
 * @param ragged    the numbers of the rows that had more or fewer cells than the header
 * @param encoding  the text encoding read (null for XLSX)
 * @param delimiter the CSV delimiter read (0 for XLSX and vCard)
 * @param groups    for each column, the label a row above the header puts over it ("Instagram" over "Handle",
 *                  "Followers", "ER"), or ""; empty when the file has no such row
 */
public record RawTable(List<String> headers, List<List<String>> rows, List<Integer> lines, List<Integer> ragged,
        Charset encoding, char delimiter, List<String> groups) {

    public RawTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
        ragged = List.copyOf(ragged);
        groups = List.copyOf(groups);
    }

    /** A table with no labels over its header. */
    public RawTable(List<String> headers, List<List<String>> rows, List<Integer> lines, List<Integer> ragged,
            Charset encoding, char delimiter) {
        this(headers, rows, lines, ragged, encoding, delimiter, List.of());
    }

    /** The label over column {@code c}, or "". */
    public String groupOf(int c) {
        return c < groups.size() ? groups.get(c) : "";
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
