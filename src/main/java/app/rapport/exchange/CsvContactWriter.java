package app.rapport.exchange;

import app.rapport.domain.Influencer;
import app.rapport.domain.sheet.Column;
import app.rapport.domain.sheet.ExportProgress;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Contacts as CSV (RFC 4180, UTF-8), one row each, the column ids as the header. "For Excel" adds a byte
 * order mark and uses the locale's list separator, which is what Excel expects when a file is double-clicked.
 */
public final class CsvContactWriter {

    /**
     * @param forExcel       add a BOM and use {@code separator}
     * @param separator      the list separator for Excel (',' or ';'); ignored unless {@code forExcel}
     * @param escapeFormulas neutralise text that a spreadsheet would run as a formula
     */
    public record Options(boolean forExcel, char separator, boolean escapeFormulas) {
        public static final Options PLAIN = new Options(false, ',', true);
    }

    private CsvContactWriter() {
    }

    public static void write(List<Influencer> contacts, List<Column> columns, Options options, Writer out,
            ExportProgress progress) throws IOException {
        if (options.forExcel()) {
            out.write('\ufeff');
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.forExcel() ? options.separator() : ',')
                .setHeader(columns.stream().map(Column::id).toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            int done = 0;
            for (Influencer contact : contacts) {
                List<String> row = new ArrayList<>(columns.size());
                for (Column column : columns) {
                    row.add(cell(column, column.valueOf(contact), options.escapeFormulas()));
                }
                csv.printRecord(row);
                progress.row(++done, contacts.size());
            }
        }
    }

    private static String cell(Column column, Object value, boolean escape) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = value.toString();
        return escape && column.kind() == Column.Kind.TEXT ? FormulaGuard.escape(text) : text;
    }
}
