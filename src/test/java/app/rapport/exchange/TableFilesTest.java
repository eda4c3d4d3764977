package app.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.UserError;
import app.rapport.domain.sheet.TableFile;
import app.rapport.testing.WrongFiles;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** What a file is comes from its first bytes, never its name: tables are read, anything else is named. */
class TableFilesTest {

    private static final String SAVE_AS_TABLE = "Open the sheet it came from and save it as CSV or XLSX.";

    @TempDir
    Path folder;

    /** Writes a fixture under the given name. */
    @FunctionalInterface
    interface Fixture {
        Path write(Path file) throws Exception;
    }

    static Stream<Arguments> filesThatAreNotTables() {
        return Stream.of(
                Arguments.of("invoice.xlsx", (Fixture) WrongFiles::pdf,
                        "invoice.xlsx is a PDF document, not a spreadsheet. " + SAVE_AS_TABLE),
                Arguments.of("creators.csv", (Fixture) f -> WrongFiles.image(f, "png"),
                        "creators.csv is a PNG image, not a spreadsheet. " + SAVE_AS_TABLE),
                Arguments.of("creators.xlsx", (Fixture) f -> WrongFiles.image(f, "jpeg"),
                        "creators.xlsx is a JPEG image, not a spreadsheet. " + SAVE_AS_TABLE),
                Arguments.of("creators.tsv", (Fixture) f -> WrongFiles.image(f, "gif"),
                        "creators.tsv is a GIF image, not a spreadsheet. " + SAVE_AS_TABLE),
                Arguments.of("creators.xlsx", (Fixture) WrongFiles::zip,
                        "creators.xlsx is a zip archive, not a spreadsheet. Unzip it and import the CSV or XLSX "
                                + "file inside."),
                Arguments.of("events.csv", (Fixture) WrongFiles::calendar,
                        "events.csv is a calendar file, not a list of contacts. Export the contacts as CSV, XLSX "
                                + "or vCard and import that file."),
                Arguments.of("notes.xlsx", (Fixture) WrongFiles::wordDocument,
                        "notes.xlsx is a Word document, not a spreadsheet. Copy its table into a spreadsheet and "
                                + "save that as CSV or XLSX."),
                Arguments.of("creators.xlsx", (Fixture) WrongFiles::openDocumentSpreadsheet,
                        "creators.xlsx is an OpenDocument spreadsheet, which Rapport cannot read. Open it in "
                                + "LibreOffice and save it as XLSX or CSV."),
                Arguments.of("export.xls", (Fixture) WrongFiles::htmlTable,
                        "export.xls is a web page, not a spreadsheet. Open it in Excel or LibreOffice and save it "
                                + "as XLSX or CSV."),
                Arguments.of("creators.csv", (Fixture) WrongFiles::json,
                        "creators.csv is a JSON file, not a spreadsheet. Export the contacts as CSV or XLSX from "
                                + "where they came from and import that file."),
                Arguments.of("creators.csv", (Fixture) WrongFiles::rtf,
                        "creators.csv is an RTF document, not a spreadsheet. Copy its table into a spreadsheet "
                                + "and save that as CSV or XLSX."),
                Arguments.of("creators.xlsx", (Fixture) f -> WrongFiles.passwordWorkbook(f, "candles"),
                        "creators.xlsx is protected by a password. Open it in Excel, save a copy without the "
                                + "password and import that copy."),
                Arguments.of("creators.xlsx", (Fixture) f -> WrongFiles.workbook(f, Map.of("Sheet1", List.of())),
                        "creators.xlsx has no rows in any of its sheets: there is nothing to import."));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("filesThatAreNotTables")
    void aFileThatIsNotATableIsNamedInOneSentenceWhateverItsExtension(String name, Fixture fixture,
            String sentence) throws Exception {
        Path file = fixture.write(folder.resolve(name));

        assertThatThrownBy(() -> TableFiles.read(file, TableFiles.Options.DETECT))
                .isInstanceOf(UserError.class).hasMessage(sentence);
    }

    @Test
    void aWorkbookPoiCannotReadIsASentenceAboutTheFileThatKeepsPoisFailureAsItsCause() throws Exception {
        Path file = WrongFiles.damagedWorkbook(folder.resolve("creators.xlsx"));

        assertThatThrownBy(() -> TableFiles.read(file, TableFiles.Options.DETECT))
                .isInstanceOf(UserError.class)
                .hasMessage("creators.xlsx looks like an Excel workbook, but Rapport cannot read it: it may be "
                        + "damaged. Open it in Excel or LibreOffice, save it again as XLSX or CSV and import that.")
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void aRefusedFileLeavesWhatItIsInTheLogButNotItsNameOrContent() throws Exception {
        Path file = WrongFiles.calendar(folder.resolve("Luna Bakes shoots.csv"));
        Logger log = (Logger) LoggerFactory.getLogger(TableFiles.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(lines);
        try {
            assertThatThrownBy(() -> TableFiles.read(file, TableFiles.Options.DETECT)).isInstanceOf(UserError.class);
        } finally {
            log.detachAppender(lines);
            log.setLevel(before);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Refused a file to import (.csv): it is CALENDAR");
    }

    @Test
    void vcardsAreReadWhateverTheirName() throws Exception {
        Path file = WrongFiles.vcards(folder.resolve("creators.csv"));

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.isWorkbook()).isFalse();
        assertThat(read.table().headers()).startsWith("name", "real_name", "email");
        assertThat(read.table().rows()).extracting(r -> r.get(0)).containsExactly("Luna Bakes", "Wick & Wander");
    }

    @Test
    void aWorkbookNamedCsvIsReadAsAWorkbookWithItsSheets() throws Exception {
        Path file = WrongFiles.workbook(folder.resolve("creators.csv"), Map.of("Creators", List.of(
                List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes"))));

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.isWorkbook()).isTrue();
        assertThat(read.sheets()).containsExactly("Creators");
        assertThat(read.sheet()).isEqualTo("Creators");
        assertThat(read.table().headers()).containsExactly("Name", "Instagram");
        assertThat(read.note()).isEmpty();
    }

    @Test
    void anOldXlsWorkbookNamedXlsxIsReadByItsContent() throws Exception {
        Path file = WrongFiles.oldWorkbook(folder.resolve("creators.xlsx"), Map.of("Creators", List.of(
                List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes"))));

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.isWorkbook()).isTrue();
        assertThat(read.table().rows()).containsExactly(List.of("Luna Bakes", "@luna.bakes"));
    }

    @Test
    void aCsvNamedXlsxIsReadAsTextWithItsDelimiterDetected() throws Exception {
        Path file = Files.writeString(folder.resolve("creators.xlsx"), "Name;Instagram\r\nLuna Bakes;@luna.bakes\r\n",
                StandardCharsets.UTF_8);

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.isWorkbook()).isFalse();
        assertThat(read.sheets()).isEmpty();
        assertThat(read.table().delimiter()).isEqualTo(';');
        assertThat(read.table().rows()).containsExactly(List.of("Luna Bakes", "@luna.bakes"));
    }

    @Test
    void aWorkbookWhoseFirstSheetsAreEmptyIsReadFromTheFirstSheetWithRowsAndSaysWhich() throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Cover", List.of());
        sheets.put("Notes", List.of(List.of("Just notes")));
        sheets.put("Creators", List.of(List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes")));
        Path file = WrongFiles.workbook(folder.resolve("book.xlsx"), sheets);

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.sheets()).containsExactly("Cover", "Notes", "Creators");
        assertThat(read.sheet()).isEqualTo("Creators");
        assertThat(read.table().rows()).containsExactly(List.of("Luna Bakes", "@luna.bakes"));
        assertThat(read.note()).isEqualTo("Read the sheet \"Creators\": the sheets before it have no rows.");
    }

    @Test
    void aSheetChosenByNameIsReadEvenWhenItHasNoRows() throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Creators", List.of(List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes")));
        sheets.put("Notes", List.of(List.of("Just notes")));
        Path file = WrongFiles.workbook(folder.resolve("book.xlsx"), sheets);

        TableFile read = TableFiles.read(file, new TableFiles.Options(null, null, "Notes"));

        assertThat(read.sheet()).isEqualTo("Notes");
        assertThat(read.table().headers()).containsExactly("Just notes");
        assertThat(read.table().isEmpty()).isTrue();
        assertThat(read.note()).isEmpty();
    }

    @Test
    void aCsvIsReadExactlyAsTheTextReaderReadsIt() throws Exception {
        byte[] latin = "Name;Ville\r\nLéa;Besançon\r\n".getBytes(Charset.forName("windows-1252"));
        Path file = Files.write(folder.resolve("creators.csv"), latin);

        TableFile read = TableFiles.read(file, TableFiles.Options.DETECT);

        assertThat(read.table()).isEqualTo(TableReader.readCsv(file, TableReader.CsvOptions.DETECT));
        assertThat(read.table().encoding().name()).isEqualTo("windows-1252");
    }
}
