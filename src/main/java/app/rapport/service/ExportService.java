package app.rapport.service;

import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.Column;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.Paper;
import app.rapport.domain.text.DomainTexts;
import app.rapport.exchange.ContactColumns;
import app.rapport.exchange.CsvContactWriter;
import app.rapport.exchange.PdfContactSheet;
import app.rapport.exchange.SafeFiles;
import app.rapport.exchange.VcardContactWriter;
import app.rapport.exchange.XlsxContactWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes contact sheets, the same way for the window and the command line. */
public final class ExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    /** The file formats of a contact sheet. */
    public enum Format {
        CSV("csv"), XLSX("xlsx"), PDF("pdf"), VCF("vcf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** Finds a format by its name or extension, as typed on the command line. */
        public static Format of(String text) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(text.strip()) || f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new RuleViolation(DomainTexts.text("export.unknownFormat", text));
        }

        /** How a format reads in a choice: "Excel workbook (.xlsx)", in the user's language. */
        @Override
        public String toString() {
            return DomainTexts.text("export.format." + name(), extension);
        }
    }

    /**
     * What to write.
     *
     * @param columns        column ids in order; empty for every column
     * @param forExcel       CSV only: a byte order mark and the locale's list separator
     * @param escapeFormulas neutralise text a spreadsheet would run as a formula (on unless the user says)
     * @param title          PDF: the brand or workspace name at the top
     * @param filter         PDF: what the contacts were chosen by
     * @param cards          PDF: a card per contact instead of a table row
     * @param paper          PDF: A4 or Letter; {@code null} for the one the user's country uses
     */
    public record Request(Format format, List<String> columns, boolean forExcel, boolean escapeFormulas,
            String title, String filter, boolean cards, Paper paper) {
        public Request {
            columns = List.copyOf(columns == null ? List.of() : columns);
            title = title == null || title.isBlank() ? "Rapport" : title.strip();
            filter = filter == null ? "" : filter.strip();
        }

        public Request(Format format, List<String> columns, boolean forExcel, boolean escapeFormulas) {
            this(format, columns, forExcel, escapeFormulas, null, null, false, null);
        }
    }

    private final ZoneId zone;
    private final Locale locale;
    /** Where a spreadsheet's rows wait, encrypted, while it is written: the workspace's private folder. */
    private final Path tempFolder;

    public ExportService(ZoneId zone, Locale locale) {
        this(zone, locale, null);
    }

    /** Exports whose temporary files go in {@code tempFolder} ({@code null}: the system's temporary folder). */
    public ExportService(ZoneId zone, Locale locale, Path tempFolder) {
        this.zone = zone;
        this.locale = locale;
        this.tempFolder = tempFolder;
    }

    /**
     * Writes the contacts to {@code target}: first to a temporary file beside it, then moved into place, so a
     * failed or cancelled export leaves no half file and keeps an existing file as it was. (A process killed
     * meanwhile can leave that temporary {@code .rapport-*.tmp} beside the target, outside the workspace where
     * Rapport cannot find it again; an XLSX one holds no rows until the very end, when they are written out.)
     *
     * @return how many contacts were written
     * @throws java.util.concurrent.CancellationException when {@code progress} says the user cancelled
     * @throws UserError when the folder cannot be written or a column is unknown
     */
    public int export(List<Influencer> contacts, Request request, Path target, ExportProgress progress) {
        List<Column> all = ContactColumns.all(contacts, zone);
        List<Column> columns;
        try {
            columns = request.columns().isEmpty() ? all : ContactColumns.select(all, request.columns());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        Path absolute = target.toAbsolutePath();
        refuseUnwritable(absolute, request.format());
        try {
            SafeFiles.write(absolute, file -> write(contacts, columns, request, file, progress));
        } catch (IOException | UncheckedIOException e) {
            throw writeFailed(absolute, e);
        } catch (RuntimeException e) {
            // POI and PDFBox wrap a failed write in their own runtime exceptions.
            if (DiskSpace.isFull(e, null)) {
                throw DiskSpace.full(absolute.getParent(), e);
            }
            throw e;
        }
        LOG.info("Exported {} contacts as {} to {}", contacts.size(), request.format(), absolute);
        return contacts.size();
    }

    /** A target that is a folder, or in a folder that is missing, read-only or not ours: said before writing. */
    private static void refuseUnwritable(Path target, Format format) {
        if (Files.isDirectory(target)) {
            throw new UserError(DomainTexts.text("export.isAFolder", target,
                    target.resolve("contacts." + format.extension())));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError(DomainTexts.text("export.noSuchFolder", folder));
        }
        if (isReadOnly(folder)) {
            throw new UserError(DomainTexts.text("export.readOnlyDisk", folder));
        }
        if (!Files.isWritable(folder)) {
            throw new UserError(DomainTexts.text("export.notWritable", folder));
        }
    }

    private static UserError writeFailed(Path target, Exception e) {
        if (DiskSpace.isFull(e, target.getParent())) {
            return DiskSpace.full(target.getParent(), e);
        }
        if (isReadOnly(target.getParent())) {
            return new UserError(DomainTexts.text("export.readOnlyDisk", target.getParent()), e);
        }
        return new UserError(DomainTexts.text("export.writeStopped", target.getFileName(), target.getParent()), e);
    }

    private static boolean isReadOnly(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private void write(List<Influencer> contacts, List<Column> columns, Request request, Path file,
            ExportProgress progress) throws IOException {
        switch (request.format()) {
            case CSV -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    CsvContactWriter.write(contacts, columns, new CsvContactWriter.Options(request.forExcel(),
                            listSeparator(), request.escapeFormulas()), out, progress);
                }
            }
            case XLSX -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    XlsxContactWriter.write(contacts, columns, request.escapeFormulas(), out, progress, tempFolder);
                }
            }
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    PdfContactSheet.write(contacts, new PdfContactSheet.Options(request.paper() != null ? request.paper()
                            : Paper.forLocale(locale),
                            request.cards() ? PdfContactSheet.Layout.CARDS : PdfContactSheet.Layout.TABLE,
                            request.title(), request.filter(), LocalDate.now(zone), locale), out, progress);
                }
            }
            case VCF -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    VcardContactWriter.write(contacts, out, progress);
                }
            }
            default -> throw new IllegalStateException("No writer for " + request.format());
        }
    }

    /** Every column a sheet of these contacts can have, in sheet order. */
    public List<Column> columns(List<Influencer> contacts) {
        return ContactColumns.all(contacts, zone);
    }

    /**
     * The columns named, in the order named, for these contacts.
     *
     * @throws IllegalArgumentException naming the first unknown column and the known ones
     */
    public List<Column> columns(List<Influencer> contacts, List<String> ids) {
        return ContactColumns.select(columns(contacts), ids);
    }

    /** The paper the user's country prints on. */
    public Paper defaultPaper() {
        return Paper.forLocale(locale);
    }

    /** Excel's list separator: ';' where the decimal mark is a comma (most of Europe), else ','. */
    char listSeparator() {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }
}
