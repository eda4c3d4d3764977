package app.rapport.domain.sheet;

import java.util.List;

/**
 * A file read as a table, with what the reading found out about it.
 *
 * @param table  the table read
 * @param sheets for a workbook, the names of its sheets in order; empty for a text or vCard file
 * @param sheet  for a workbook, the sheet read; {@code null} for a text or vCard file
 * @param note   a sentence for the user about what was read, such as which sheet; empty when there is none
 */
public record TableFile(RawTable table, List<String> sheets, String sheet, String note) {

    public TableFile {
        sheets = List.copyOf(sheets);
        note = note == null ? "" : note;
    }

    /** A text or vCard file: no sheets, nothing to say. */
    public static TableFile of(RawTable table) {
        return new TableFile(table, List.of(), null, "");
    }

    /** Whether the file read was a workbook, whose sheet can be chosen. */
    public boolean isWorkbook() {
        return sheet != null;
    }
}
