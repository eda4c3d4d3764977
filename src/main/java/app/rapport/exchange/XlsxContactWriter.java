package app.rapport.exchange;

import app.rapport.domain.Influencer;
import app.rapport.domain.sheet.Column;
import app.rapport.domain.sheet.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Contacts as an XLSX sheet, streamed (POI SXSSF keeps 200 rows in memory and compresses and encrypts
 * the rest to a temporary file) so 100,000 rows fit in a small heap. Numbers are numbers, engagement is a percentage,
 * dates are dates, profile addresses are links; the bold header row is frozen and filterable.
 */
public final class XlsxContactWriter {

    private static final int WINDOW = 200;
    /** The longest text Excel takes inside a formula. */
    private static final int FORMULA_TEXT_LIMIT = 255;

    private XlsxContactWriter() {
    }

    public static void write(List<Influencer> contacts, List<Column> columns, boolean escapeFormulas,
            OutputStream out, ExportProgress progress) throws IOException {
        write(contacts, columns, escapeFormulas, out, progress, null);
    }

    /**
     * The same, with the rows that leave memory kept encrypted in {@code tempFolder} ({@code null}: the system's
     * temporary folder); see {@link EncryptedTempWorkbook}.
     */
    public static void write(List<Influencer> contacts, List<Column> columns, boolean escapeFormulas,
            OutputStream out, ExportProgress progress, Path tempFolder) throws IOException {
        SXSSFWorkbook workbook = new EncryptedTempWorkbook(WINDOW, tempFolder);
        try {
            SXSSFSheet sheet = workbook.createSheet("Contacts");
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, width(columns.get(i)));
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, contacts.size()), 0, columns.size() - 1));
            int r = 1;
            for (Influencer contact : contacts) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = column.valueOf(contact);
                    if (value == null || (value instanceof String s && s.isEmpty())) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (column.kind()) {
                        case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                        case PERCENT -> {
                            // Stored as a fraction with a percent format: 3.2 % is 0.032.
                            cell.setCellValue(((BigDecimal) value).movePointLeft(2).doubleValue());
                            cell.setCellStyle(styles.percent);
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(styles.date);
                        }
                        case URL -> {
                            link(cell, value.toString(), workbook);
                            cell.setCellStyle(styles.link);
                        }
                        default -> {
                            cell.setCellValue(value.toString());
                            // Excel's own mark for "text, not a formula": the cell shows no apostrophe.
                            if (escapeFormulas && FormulaGuard.isRisky(value.toString())) {
                                cell.setCellStyle(styles.quoted);
                            }
                        }
                    }
                }
                progress.row(r - 1, contacts.size());
            }
            workbook.write(out);
        } finally {
            // Closing also deletes the workbook's temporary files.
            workbook.close();
        }
    }

    /**
     * A web address as a link. A HYPERLINK formula streams to disk, while POI keeps Hyperlink objects in memory,
     * which a 100,000-row sheet cannot afford; but Excel refuses a formula whose text passes 255 characters, so a
     * longer address (rare) becomes a link relation on a plain text cell.
     */
    private static void link(Cell cell, String url, SXSSFWorkbook workbook) {
        String address = url.replace("\"", "%22");
        if (address.length() <= FORMULA_TEXT_LIMIT) {
            cell.setCellFormula("HYPERLINK(\"" + address + "\",\"" + address + "\")");
            return;
        }
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        cell.setCellValue(url);
        cell.setHyperlink(link);
    }

    private static int width(Column column) {
        int chars = switch (column.kind()) {
            case NUMBER -> 12;
            case PERCENT -> 11;
            case DATE -> 13;
            case URL -> 40;
            default -> column.id().equals("name") || column.id().endsWith("handle") ? 24
                    : column.id().equals("email") || column.id().equals("tags") ? 30 : 18;
        };
        return Math.max(chars, column.header().length() + 2) * 256;
    }

    /** The cell styles a sheet needs, made once (a workbook holds at most 64,000 styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle link;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Font blue = workbook.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = workbook.createCellStyle();
            link.setFont(blue);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
