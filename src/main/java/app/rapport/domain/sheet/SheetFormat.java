package app.rapport.domain.sheet;

import java.util.Locale;

/** How a plain table (payments, a shortlist) is written: as CSV text or as an XLSX workbook. */
public enum SheetFormat {
    CSV, XLSX;

    /** What a file name asks for: CSV when it ends in ".csv", else a workbook. */
    public static SheetFormat ofFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
    }
}
