package app.rapport.service;

import app.rapport.domain.Platform;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.sheet.TableFile;
import app.rapport.exchange.ColumnGuesser;
import app.rapport.exchange.TableFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/**
 * The first half of an import, shared by the wizard and the {@code import} command: read a picked file as a table
 * (by what it is, not what it is called) and guess what each column holds. It needs no workspace, so the command
 * line can refuse an unreadable file before it opens one.
 */
public final class ImportFiles {

    /**
     * How to read the file; {@code null} parts are detected or chosen.
     *
     * @param encoding  a text file's encoding
     * @param delimiter a text file's delimiter
     * @param sheet     a workbook's sheet; by default the first sheet with rows
     */
    public record ReadOptions(Charset encoding, Character delimiter, String sheet) {
        public static final ReadOptions DETECT = new ReadOptions(null, null, null);
    }

    private ImportFiles() {
    }

    /**
     * Reads the file as a table, with what the reading found out (its sheets, a note for the user).
     *
     * @throws UserError when it cannot be read, with one sentence naming the file and the reason
     */
    public static TableFile read(Path file, ReadOptions options) throws IOException {
        return TableFiles.read(file, new TableFiles.Options(options.encoding(), options.delimiter(), options.sheet()));
    }

    /**
     * What each column holds and why, in header order; the columns the user already decided ({@code null}: left
     * out) are kept as chosen, and the file's name helps tell which platform it is about.
     */
    public static Map<String, ColumnGuess> guessColumns(RawTable table, Platform platform,
            Map<String, ImportField> chosen, Path file) {
        return ColumnGuesser.explain(table, platform, chosen, file.getFileName().toString());
    }
}
