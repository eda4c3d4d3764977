package app.rapport.exchange;

import app.rapport.domain.ControlCharacters;
import app.rapport.domain.sheet.SheetFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Plain tables (payments, a campaign's shortlist) as CSV or XLSX: numbers stay numbers, days stay dates,
 * and text that a spreadsheet would run as a formula is neutralised.
 */
public final class Sheets {

    private Sheets() {
    }

    /** Writes the table to a file safely (no half file on failure), as CSV or as a workbook with one sheet. */
    public static void write(Path file, SheetFormat format, String sheetName, List<String> header,
            List<List<Object>> rows) throws IOException {
        SafeFiles.write(file, temp -> {
            if (format == SheetFormat.CSV) {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    writeCsv(header, rows, out);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    writeXlsx(sheetName, header, rows, out);
                }
            }
        });
    }

    public static void writeCsv(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(Sheets::csvText).toList());
            }
        }
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value instanceof String text ? FormulaGuard.escape(ControlCharacters.strip(text)) : value.toString();
    }

    public static void writeXlsx(String sheetName, List<String> header, List<List<Object>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new EncryptedTempWorkbook(200, null);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.max(12, header.get(i).length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, header.size() - 1));
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Boolean yes) {
                        cell.setCellValue(yes);
                    } else {
                        String text = ControlCharacters.strip(value.toString());
                        cell.setCellValue(text);
                        if (FormulaGuard.isRisky(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
