package app.rapport.exchange;

import app.rapport.domain.UserError;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.sheet.TableFile;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads any file picked for import as a table, by what it is rather than what it is called: CSV and other text,
 * XLSX and XLS workbooks, vCards. Anything else is refused with one sentence naming what it is and what to do.
 */
public final class TableFiles {

    /**
     * How to read the file; {@code null} parts are detected or chosen.
     *
     * @param encoding  a text file's encoding
     * @param delimiter a text file's delimiter
     * @param sheet     a workbook's sheet; by default the first sheet with rows
     */
    public record Options(Charset encoding, Character delimiter, String sheet) {
        public static final Options DETECT = new Options(null, null, null);
    }

    private static final Logger LOG = LoggerFactory.getLogger(TableFiles.class);

    private TableFiles() {
    }

    /**
     * Reads the file as what its content says it is.
     *
     * @throws UserError when it cannot be read, with one sentence naming the file and the reason
     */
    public static TableFile read(Path file, Options options) throws IOException {
        refuseUnreadable(file);
        try {
            FileKind kind = FileKind.of(file);
            return switch (kind) {
                case TEXT -> TableFile.of(TableReader.readCsv(file, new TableReader.CsvOptions(options.encoding(),
                        options.delimiter())));
                case VCARD -> TableFile.of(TableReader.readVcards(file));
                case XLSX, XLS -> readWorkbook(file, kind, options.sheet());
                default -> throw refused(file, kind);
            };
        } catch (AccessDeniedException e) {
            throw new UserError(DomainTexts.text("file.mayNotOpen", file.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new UserError(DomainTexts.text("file.readInterrupted", file.getFileName()), e);
        } catch (OutOfMemoryError e) {
            // What was read is garbage now; the import can go on being refused in a sentence.
            throw FileSizes.tooLargeForMemory(file);
        }
    }

    /** A path that is missing, a folder, or not ours to read: said before any byte is read. */
    private static void refuseUnreadable(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError(DomainTexts.text("file.isAFolder", absolute));
        }
        if (!Files.exists(absolute)) {
            throw new UserError(DomainTexts.text("file.missing", absolute));
        }
        if (!Files.isReadable(absolute)) {
            throw new UserError(DomainTexts.text("file.mayNotOpen", absolute));
        }
    }

    private static UserError refused(Path file, FileKind kind) {
        // The extension, not the name: a file's name can be a person's ("Luna Bakes contract.pdf").
        LOG.info("Refused a file to import ({}): it is {}", extension(file), kind);
        return new UserError(kind.refusal(file.getFileName().toString()));
    }

    /** The named sheet, else the first sheet with rows, so that a cover or notes sheet in front is passed over. */
    private static TableFile readWorkbook(Path file, FileKind kind, String sheetName) {
        String name = file.getFileName().toString();
        if (kind == FileKind.XLSX) {
            WorkbookInspection.check(file);
        }
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            if (sheetName != null) {
                Sheet sheet = book.getSheet(sheetName);
                if (sheet == null) {
                    throw new UserError(DomainTexts.text("file.noSuchSheet", sheetName));
                }
                return new TableFile(TableReader.readSheet(sheet), names, sheetName, "");
            }
            for (int i = 0; i < names.size(); i++) {
                RawTable table = TableReader.readSheet(book.getSheetAt(i));
                if (!table.isEmpty()) {
                    return new TableFile(table, names, names.get(i), i == 0 ? ""
                            : DomainTexts.text("file.readLaterSheet", names.get(i)));
                }
            }
            LOG.info("Refused a file to import ({}): a workbook with no rows in any of its {} sheets",
                    extension(file), names.size());
            throw new UserError(DomainTexts.text("file.noRowsInSheets", name));
        } catch (UserError e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            // An old XLS protected by a password is an ordinary XLS container until POI meets its encryption.
            throw new UserError(FileKind.PASSWORD.refusal(name), e);
        } catch (IOException | RuntimeException e) {
            if (WorkbookInspection.saysZipBomb(e)) {
                throw WorkbookInspection.zipBomb(name);
            }
            // POI fails on a broken workbook with IOException and a dozen runtime exceptions; the caller logs this
            // one's stack trace as the cause and the user reads what to do with the file.
            throw new UserError(DomainTexts.text("file.unreadableWorkbook", name), e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
