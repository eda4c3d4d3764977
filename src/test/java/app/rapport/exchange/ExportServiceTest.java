package app.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.BrandFit;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.Column;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.service.ExportService;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format written, then read back with an independent reader and compared field by field. */
class ExportServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    private final ExportService exports = new ExportService(ZoneOffset.UTC, Locale.UK);

    private static Influencer contact(long id, String name, String realName, String email, String phone,
            String notes, SocialAccount... accounts) {
        return new Influencer(id, name, realName, email, phone, "Seoul", "KR", List.of("Korean"),
                List.of("tea", "wellness"), notes, List.of(accounts),
                new BrandFit(4, null, List.of(FitNote.at(T0, "Calm, credible"))),
                new Outreach(OutreachStatus.CONTACTED, T0, LocalDate.of(2026, 12, 1), "Nudge"), T0, T0);
    }

    private final List<Influencer> contacts = List.of(
            contact(1, "지우 Matcha", "박지우", "jiwoo@matcha.example", "+82 10 5555 0123",
                    "Says \"hi\", likes commas, and\nnew lines",
                    SocialAccount.of(Platform.INSTAGRAM, "matchamornings").withFollowers(36_500L)
                            .withEngagementRate(new BigDecimal("5.3"))),
            contact(2, "ليلى", null, null, null, null,
                    SocialAccount.of(Platform.TIKTOK, "layla.bakes").withFollowers(1_200_000L)),
            contact(3, "Zoë Moves", "Zoë van Dijk", "zoe@zoemoves.example", null, "",
                    SocialAccount.of(Platform.INSTAGRAM, "zoe.moves").withFollowers(24_300L)));

    private Path export(ExportService.Format format, boolean escape) {
        Path file = folder.resolve("sheet." + format.extension());
        exports.export(contacts, new ExportService.Request(format, List.of(), false, escape), file,
                ExportProgress.NONE);
        return file;
    }

    private List<CSVRecord> readCsv(Path file, char delimiter) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
        }
    }

    @Test
    void csvReadsBackFieldByFieldWithUnicodeQuotesAndNewLines() throws Exception {
        List<CSVRecord> rows = readCsv(export(ExportService.Format.CSV, true), ',');

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("name")).isEqualTo("지우 Matcha");
        assertThat(rows.get(0).get("real_name")).isEqualTo("박지우");
        assertThat(rows.get(0).get("notes")).isEqualTo("Says \"hi\", likes commas, and\nnew lines");
        assertThat(rows.get(0).get("phone")).as("phone numbers stay readable").isEqualTo("+82 10 5555 0123");
        assertThat(rows.get(0).get("instagram.followers")).isEqualTo("36500");
        assertThat(rows.get(0).get("instagram.engagement")).isEqualTo("5.3");
        assertThat(rows.get(0).get("instagram.url")).isEqualTo("https://www.instagram.com/matchamornings/");
        assertThat(rows.get(0).get("tags")).isEqualTo("tea; wellness");
        assertThat(rows.get(0).get("country")).isEqualTo("South Korea");
        assertThat(rows.get(0).get("follow_up")).isEqualTo("2026-12-01");
        assertThat(rows.get(1).get("name")).isEqualTo("ليلى");
        assertThat(rows.get(1).get("email")).isEmpty();
        assertThat(rows.get(1).get("tiktok.followers")).isEqualTo("1200000");
        assertThat(rows.get(1).get("instagram.handle")).isEmpty();
    }

    @Test
    void csvForExcelHasAByteOrderMarkAndTheLocalesListSeparator() throws Exception {
        ExportService german = new ExportService(ZoneOffset.UTC, Locale.GERMANY);
        Path file = folder.resolve("excel.csv");
        german.export(contacts, new ExportService.Request(ExportService.Format.CSV, List.of("name", "email"), true,
                true), file, ExportProgress.NONE);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("name;email\r\n");
    }

    @Test
    void xlsxKeepsNumbersDatesPercentagesAndLinksAsSuch() throws Exception {
        Path file = export(ExportService.Format.XLSX, true);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            int followers = column(header, "Instagram followers");
            int engagement = column(header, "Instagram engagement");
            int url = column(header, "Instagram URL");
            int followUp = column(header, "Next follow-up");
            XSSFRow first = sheet.getRow(1);
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("지우 Matcha");
            assertThat(first.getCell(followers).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(followers).getNumericCellValue()).isEqualTo(36_500);
            assertThat(first.getCell(engagement).getNumericCellValue()).isEqualTo(0.053, Offset.offset(1e-9));
            assertThat(first.getCell(engagement).getCellStyle().getDataFormatString()).contains("%");
            assertThat(first.getCell(followUp).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(first.getCell(url).getCellFormula()).isEqualTo(
                    "HYPERLINK(\"https://www.instagram.com/matchamornings/\",\"https://www.instagram.com/matchamornings/\")");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ليلى");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void aLinkLongerThanExcelsFormulaLimitIsWrittenWholeAsALinkNotAFormula() throws Exception {
        String longUrl = "https://www.example.com/creators/" + "a".repeat(300) + "?ref=rapport";
        String shortUrl = "https://www.instagram.com/matchamornings/";
        List<Column> columns = List.of(new Column("website", "Website", Column.Kind.URL,
                c -> c.id() == 1 ? longUrl : shortUrl));
        Path xlsx = folder.resolve("links.xlsx");

        try (var out = Files.newOutputStream(xlsx)) {
            XlsxContactWriter.write(contacts.subList(0, 2), columns, true, out, ExportProgress.NONE);
        }

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFCell longLink = sheet.getRow(1).getCell(0);
            assertThat(longLink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(longLink.getStringCellValue()).isEqualTo(longUrl);
            assertThat(longLink.getHyperlink().getAddress()).isEqualTo(longUrl);
            assertThat(sheet.getRow(2).getCell(0).getCellFormula()).contains(shortUrl);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFCell cell = sheet.getRow(r).getCell(0);
                if (cell.getCellType() == CellType.FORMULA) {
                    assertThat(cell.getCellFormula()).hasSizeLessThanOrEqualTo(2 * 255 + 20);
                    assertThat(cell.getCellFormula().split("\"")).allSatisfy(part -> assertThat(part)
                            .hasSizeLessThanOrEqualTo(255));
                }
            }
        }
    }

    @Test
    void controlCharactersStoredBeforeImportsCleanedThemAreLeftOutOfAnExport() throws Exception {
        Influencer stored = contact(7, "Nul\u0000Name\u0007", null, "nul@mail.example", null,
                "line one\nline\u001b two", SocialAccount.of(Platform.INSTAGRAM, "nul.name"));
        Path xlsx = folder.resolve("control.xlsx");
        Path csv = folder.resolve("control.csv");

        exports.export(List.of(stored), new ExportService.Request(ExportService.Format.XLSX, List.of("name", "notes"),
                false, true), xlsx, ExportProgress.NONE);
        exports.export(List.of(stored), new ExportService.Request(ExportService.Format.CSV, List.of("name", "notes"),
                false, true), csv, ExportProgress.NONE);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFRow row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("NulName");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("line one\nline two");
        }
        assertThat(readCsv(csv, ',').get(0).get("name")).isEqualTo("NulName");
    }

    private static int column(XSSFRow header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (name.equals(header.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("No column " + name);
    }

    @Test
    void vcardsRoundTripThroughTheSameLibrarysParser() throws Exception {
        Path file = export(ExportService.Format.VCF, true);

        List<VCard> cards = Ezvcard.parse(file).all();

        assertThat(cards).hasSize(3);
        VCard first = cards.get(0);
        assertThat(first.getVersion().getVersion()).isEqualTo("4.0");
        assertThat(first.getFormattedName().getValue()).isEqualTo("지우 Matcha");
        assertThat(first.getStructuredName().getGiven()).isEqualTo("박지우");
        assertThat(first.getEmails().get(0).getValue()).isEqualTo("jiwoo@matcha.example");
        assertThat(first.getTelephoneNumbers().get(0).getText()).isEqualTo("+82 10 5555 0123");
        assertThat(first.getAddresses().get(0).getLocality()).isEqualTo("Seoul");
        assertThat(first.getAddresses().get(0).getCountry()).isEqualTo("South Korea");
        assertThat(first.getUrls().get(0).getValue()).isEqualTo("https://www.instagram.com/matchamornings/");
        assertThat(first.getExtendedProperty("X-SOCIALPROFILE").getParameter("X-USER")).isEqualTo("matchamornings");
        assertThat(first.getNotes().get(0).getValue()).isEqualTo("Says \"hi\", likes commas, and\nnew lines");
        assertThat(cards.get(1).getFormattedName().getValue()).isEqualTo("ليلى");
    }

    @ParameterizedTest(name = "a cell starting with {0} is neutralised")
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "\n"})
    void formulaTriggersAreNeutralisedInCsvAndXlsx(String trigger) throws Exception {
        // Stored text is trimmed, so tab, CR and LF are fed straight to the writers through a column.
        String payload = trigger + "HYPERLINK(\"http://evil.example\",\"x\")";
        List<Column> columns = List.of(new Column("name", "Name", Column.Kind.TEXT, c -> payload));
        Path csv = folder.resolve("evil.csv");
        Path xlsx = folder.resolve("evil.xlsx");

        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CsvContactWriter.write(contacts.subList(0, 1), columns, CsvContactWriter.Options.PLAIN, out,
                    ExportProgress.NONE);
        }
        try (var out = Files.newOutputStream(xlsx)) {
            XlsxContactWriter.write(contacts.subList(0, 1), columns, true, out, ExportProgress.NONE);
        }

        assertThat(readCsv(csv, ',').get(0).get("name")).isEqualTo("'" + payload);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFCell cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(payload);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(FormulaGuard.isRisky(payload)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 7700 900123", "+1 (303) 555-0147", "Luna", "1 + 1"})
    void phoneNumbersAndPlainTextAreLeftAlone(String text) {
        assertThat(FormulaGuard.escape(text)).isEqualTo(text);
    }

    @Test
    void escapingCanBeSwitchedOff() throws Exception {
        Influencer evil = contact(9, "=1+1", null, null, null, null);
        Path csv = folder.resolve("raw.csv");

        exports.export(List.of(evil), new ExportService.Request(ExportService.Format.CSV, List.of("name"), false,
                false), csv, ExportProgress.NONE);

        assertThat(readCsv(csv, ',').get(0).get("name")).isEqualTo("=1+1");
    }

    @Test
    void aCancelledExportLeavesNoHalfFileAndKeepsTheOldOne() throws Exception {
        Path target = folder.resolve("keep.csv");
        Files.writeString(target, "the good old file");
        ExportProgress cancelling = new ExportProgress() {
            @Override
            public void done(int rows, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> exports.export(contacts, new ExportService.Request(ExportService.Format.XLSX,
                List.of(), false, true), target, cancelling)).isInstanceOf(CancellationException.class);

        assertThat(Files.readString(target)).isEqualTo("the good old file");
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("keep.csv");
        }
    }

    @Test
    void anUnwritableFolderAndAnUnknownColumnAreExplained() {
        assertThatThrownBy(() -> exports.export(contacts, new ExportService.Request(ExportService.Format.CSV,
                List.of(), false, true), folder.resolve("missing/sheet.csv"), ExportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessageStartingWith("Rapport cannot write to");
        assertThatThrownBy(() -> exports.export(contacts, new ExportService.Request(ExportService.Format.CSV,
                List.of("name", "shoe_size"), false, true), folder.resolve("x.csv"), ExportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessageStartingWith("Unknown column \"shoe_size\"");
    }

    @Test
    void theFileGetsOrdinaryPermissionsNotThoseOfATemporaryFile() throws Exception {
        Path file = export(ExportService.Format.CSV, true);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-r--r--");
        }
    }
}
