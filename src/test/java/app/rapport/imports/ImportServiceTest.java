package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.ColumnGuesser;
import app.rapport.exchange.TableReader;
import app.rapport.service.ExportService;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportReport;
import app.rapport.service.ImportService;
import app.rapport.service.Session;
import app.rapport.testing.InfluencerBuilder;
import app.rapport.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    @AutoClose
    private Session session;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
    }

    private ImportReport importFile(Path file, ImportService.OnDuplicate onDuplicate) throws Exception {
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
        Map<String, ImportField> mapping = ColumnGuesser.guess(table, null);
        ImportPlan plan = session.imports().plan(table, mapping);
        return session.imports().commit(plan, onDuplicate, ExportProgress.NONE);
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    private static Map<String, String> summary(Influencer c) {
        StringBuilder accounts = new StringBuilder();
        c.accounts().stream().sorted(Comparator.comparing(SocialAccount::platform)).forEach(a -> accounts
                .append(a.platform()).append(':').append(a.handle()).append(':').append(a.followers()).append(':')
                .append(a.engagementRate() == null ? "" : a.engagementRate().toPlainString()).append(' '));
        return Map.of("name", c.displayName(), "email", String.valueOf(c.email()), "country",
                String.valueOf(c.country()), "tags", String.join(",", c.tags()), "accounts", accounts.toString());
    }

    @Test
    void aLargeSheetImportsWholeAndItsContactsAreKnownAfterwards() throws Exception {
        // Enough rows that the import builds the email and handle lookups again after writing (see KeyIndexes).
        StringBuilder csv = new StringBuilder("Name,Email,Instagram,Instagram followers,Tags\n");
        Random random = new Random(7);
        for (int i = 0; i < 6_000; i++) {
            String key = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + i;
            csv.append("Creator ").append(i).append(',').append(key).append("@mail.example,@").append(key)
                    .append(',').append(100 + i).append(",baking;vegan\n");
        }
        Path file = file("large.csv", csv.toString(), StandardCharsets.UTF_8);

        ImportReport first = importFile(file, ImportService.OnDuplicate.SKIP);
        ImportReport second = importFile(file, ImportService.OnDuplicate.SKIP);

        assertThat(first.imported()).isEqualTo(6_000);
        assertThat(session.contacts().listContacts()).hasSize(6_000)
                .filteredOn(c -> c.displayName().equals("Creator 5999")).singleElement()
                .satisfies(c -> assertThat(c.accounts()).singleElement()
                        .satisfies(a -> assertThat(a.followers()).isEqualTo(6_099L)));
        assertThat(second.imported()).isZero();
        assertThat(second.skipped()).isEqualTo(6_000);

        session.imports().undo(first);

        assertThat(session.contacts().listContacts()).isEmpty();
        assertThat(importFile(file, ImportService.OnDuplicate.SKIP).imported()).isEqualTo(6_000);
    }

    @Test
    void anExportedSheetImportsIntoAnEmptyWorkspaceAsTheSameContacts() throws Exception {
        Path sample = folder.resolve("sample");
        List<Influencer> original;
        try (Session source = Session.open(sample, clock)) {
            source.contacts().loadSample();
            original = source.contacts().listContacts();
            source.exports().export(original, new ExportService.Request(ExportService.Format.CSV, List.of(), false,
                    true), folder.resolve("contacts.csv"), ExportProgress.NONE);
        }

        ImportReport report = importFile(folder.resolve("contacts.csv"), ImportService.OnDuplicate.SKIP);

        assertThat(report.imported()).isEqualTo(original.size());
        assertThat(report.errors()).isZero();
        List<Influencer> imported = session.contacts().listContacts();
        assertThat(imported.stream().map(ImportServiceTest::summary).toList())
                .containsExactlyInAnyOrderElementsOf(original.stream().map(ImportServiceTest::summary).toList());
    }

    @Test
    void messyRealWorldValuesAreReadAsPeopleMeantThem() throws Exception {
        String csv = "Creator Name;E-mail;IG;Subscribers;Eng rate;TikTok;Subscribers;Country;Niche\r\n"
                + "Luna Bakes;luna@lunabakes.example;@luna.bakes;12,4K;3,2 %;https://www.tiktok.com/@lunabakes;"
                + "1.2M;USA;baking|vegan\r\n"
                + "\"Café\nCrème\";N/A;cafecremeclub;1 200;-;;;CÃ´te d'Ivoire;coffee; pastry\r\n"
                + "박지우;jiwoo@matcha.example;https://www.instagram.com/matchamornings/;475.8m;NaN%;;;UK;tea\r\n";
        Path file = file("messy.csv", csv, StandardCharsets.UTF_8);

        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
        Map<String, ImportField> mapping = ColumnGuesser.guess(table, null);
        ImportPlan plan = session.imports().plan(table, mapping);
        ImportReport report = session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.headers()).contains("Subscribers", "Subscribers 2");
        assertThat(mapping.get("IG").id()).isEqualTo("instagram.handle");
        assertThat(mapping.get("Subscribers").id()).isEqualTo("instagram.followers");
        assertThat(mapping.get("TikTok").id()).isEqualTo("tiktok.url");
        assertThat(report.imported()).isEqualTo(3);
        Map<String, Influencer> byName = new HashMap<>();
        session.contacts().listContacts().forEach(c -> byName.put(c.displayName(), c));
        Influencer luna = byName.get("Luna Bakes");
        assertThat(luna.country()).isEqualTo("US");
        assertThat(luna.tags()).containsExactly("baking", "vegan");
        assertThat(luna.accounts()).extracting(SocialAccount::platform)
                .containsExactlyInAnyOrder(Platform.INSTAGRAM, Platform.TIKTOK);
        SocialAccount ig = luna.accounts().stream().filter(a -> a.platform() == Platform.INSTAGRAM).findFirst()
                .orElseThrow();
        assertThat(ig.handle()).isEqualTo("luna.bakes");
        assertThat(ig.followers()).isEqualTo(12_400L);
        assertThat(ig.engagementRate()).isEqualByComparingTo(new BigDecimal("3.2"));
        Influencer cafe = byName.get("Café Crème");
        assertThat(cafe.email()).isNull();
        assertThat(cafe.country()).isEqualTo("CI");
        assertThat(report.problems()).extracting(ImportPlan.Problem::reason)
                .contains("Garbled characters repaired to \"Côte d'Ivoire\".");
        assertThat(cafe.accounts().get(0).followers()).isEqualTo(1200L);
        Influencer jiwoo = byName.get("박지우");
        assertThat(jiwoo.country()).isEqualTo("GB");
        assertThat(jiwoo.accounts().get(0).handle()).isEqualTo("matchamornings");
        assertThat(jiwoo.accounts().get(0).followers()).isEqualTo(475_800_000L);
    }

    @Test
    void windows1252AndUtf16FilesAreReadInTheirEncoding() throws Exception {
        String csv = "name,email\r\nZoë Moves,zoe@zoemoves.example\r\n";
        RawTable latin = TableReader.readCsv(file("w.csv", csv, Charset.forName("windows-1252")),
                TableReader.CsvOptions.DETECT);
        byte[] utf16 = ("\ufeff" + csv).getBytes(StandardCharsets.UTF_16LE);
        RawTable wide = TableReader.readCsv(Files.write(folder.resolve("u.csv"), utf16), TableReader.CsvOptions.DETECT);

        assertThat(latin.rows().get(0).get(0)).isEqualTo("Zoë Moves");
        assertThat(latin.encoding().name()).isEqualTo("windows-1252");
        assertThat(wide.rows().get(0).get(0)).isEqualTo("Zoë Moves");
        assertThat(wide.headers()).containsExactly("name", "email");
    }

    @Test
    void duplicatesCanBeSkippedFilledOverwrittenOrImportedAsNew() throws Exception {
        Path first = file("first.csv", "name,email,instagram.handle,city\r\nLuna,luna@a.example,luna,\r\n",
                StandardCharsets.UTF_8);
        Path again = file("again.csv", "name,email,instagram.handle,city\r\nLuna B,luna@a.example,luna,Valencia\r\n",
                StandardCharsets.UTF_8);
        importFile(first, ImportService.OnDuplicate.SKIP);

        assertThat(importFile(again, ImportService.OnDuplicate.SKIP).skipped()).isEqualTo(1);
        assertThat(importFile(again, ImportService.OnDuplicate.FILL).updated()).isEqualTo(1);
        Influencer filled = session.contacts().listContacts().get(0);
        assertThat(filled.displayName()).isEqualTo("Luna");
        assertThat(filled.city()).isEqualTo("Valencia");
        importFile(again, ImportService.OnDuplicate.OVERWRITE);
        assertThat(session.contacts().listContacts().get(0).displayName()).isEqualTo("Luna B");
        assertThat(importFile(again, ImportService.OnDuplicate.NEW).imported()).isEqualTo(1);
        assertThat(session.contacts().countContacts()).isEqualTo(2);
    }

    @Test
    void duplicatesWithinTheFileAreFound() throws Exception {
        Path file = file("twice.csv", "name,instagram.handle\r\nLuna,luna\r\nLuna again,@Luna\r\n",
                StandardCharsets.UTF_8);
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);

        ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));

        assertThat(plan.rows().get(1).duplicateInFile()).isTrue();
        assertThat(plan.duplicates()).isEqualTo(1);
    }

    @Test
    void aFailureAtRow9000Of10000LeavesTheWorkspaceExactlyAsBefore() throws Exception {
        session.contacts().loadSample();
        long before = session.contacts().countContacts();
        StringBuilder csv = new StringBuilder("name,instagram.handle,instagram.followers\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Creator ").append(i).append(",creator").append(i).append(',').append(1000 + i).append("\r\n");
        }
        RawTable table = TableReader.readCsv(file("big.csv", csv.toString(), StandardCharsets.UTF_8),
                TableReader.CsvOptions.DETECT);
        ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));
        ExportProgress failsAt9000 = new ExportProgress() {
            @Override
            public void done(int rows, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void row(int rows, int total) {
                if (rows == 9_000) {
                    throw new CancellationException("Injected failure at row 9,000");
                }
            }
        };

        assertThatThrownBy(() -> session.imports().commit(plan, ImportService.OnDuplicate.SKIP, failsAt9000))
                .isInstanceOf(CancellationException.class);

        assertThat(session.contacts().countContacts()).isEqualTo(before);
        assertThat(session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE).imported())
                .isEqualTo(10_000);
    }

    @Test
    void emptyBinaryAndHeaderOnlyFilesGiveAClearAnswerAndChangeNothing() throws Exception {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(folder.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13,
            0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0});
        Path headerOnly = file("header.csv", "name,email\r\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TableReader.readCsv(empty, TableReader.CsvOptions.DETECT))
                .isInstanceOf(UserError.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> TableReader.readCsv(binary, TableReader.CsvOptions.DETECT))
                .isInstanceOf(UserError.class).hasMessageContaining("is not a text table");
        assertThat(importFile(headerOnly, ImportService.OnDuplicate.SKIP).imported()).isZero();
        assertThat(session.contacts().countContacts()).isZero();
    }

    @Test
    void rowsWithErrorsAreReportedWithLineColumnValueAndReason() throws Exception {
        Path file = file("bad.csv", "name,email,fit\r\nLuna,luna@,4\r\nWick,wick@w.example,9\r\n",
                StandardCharsets.UTF_8);

        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
        ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));

        assertThatThrownBy(() -> session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nothing was imported");
        assertThat(session.contacts().countContacts()).isZero();
        ImportReport report = session.imports().commit(plan, ImportService.OnDuplicate.SKIP, Map.of(), true,
                ExportProgress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.summary()).contains("1 row with errors left out").contains("1 warning");
        assertThat(report.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::column,
                        ImportPlan.Problem::value, ImportPlan.Problem::severity)
                .contains(Tuple.tuple(2, "email", "luna@", ImportPlan.Severity.ERROR),
                        Tuple.tuple(3, "fit", "9", ImportPlan.Severity.WARNING));
    }

    @Test
    void namesInEveryScriptRepeatedRowsAndMultiLineHeadersComeThrough() throws Exception {
        String csv = "\"Display\nName\",\" Instagram  handle \",Instagram handle\r\n"
                + "박지우,jiwoo,\r\n"
                + "ليلى,layla,\r\n"
                + "Сергей,sergei,\r\n"
                + "Mia 🌿,mia.plants,\r\n"
                + "𝓛𝓾𝓷𝓪,luna.script,\r\n"
                + "Сергей,sergei,\r\n";
        Path file = file("scripts.csv", csv, StandardCharsets.UTF_8);
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);

        assertThat(table.headers()).containsExactly("Display Name", "Instagram handle", "Instagram handle 2");
        ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));
        ImportReport report = session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        assertThat(plan.duplicates()).as("the exact repeat of Сергей").isEqualTo(1);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                .containsExactlyInAnyOrder("박지우", "ليلى", "Сергей", "Mia 🌿", "𝓛𝓾𝓷𝓪");
    }

    @Test
    void raggedRowsAreReportedNotFatal() throws Exception {
        Path file = file("ragged.csv", "name,instagram.handle,city\r\nLuna,luna\r\nWick,wick,Krakow,extra\r\n",
                StandardCharsets.UTF_8);
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);

        ImportReport report = session.imports().commit(session.imports().plan(table,
                ColumnGuesser.guess(table, null)), ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        assertThat(table.ragged()).containsExactly(2, 3);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).filteredOn(p -> p.reason().contains("different number of cells")).hasSize(2);
    }

    @Test
    void aWorkbookWithFormattedNumbersPercentagesAndFormulasImportsTheValuesShown() throws Exception {
        Path file = folder.resolve("creators.xlsx");
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Creators");
            var thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            var header = sheet.createRow(0);
            List.of("Creator", "Instagram", "Followers", "Likes", "Engagement").forEach(h ->
                    header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            var luna = sheet.createRow(1);
            luna.createCell(0).setCellValue("Luna Bakes");
            luna.createCell(1).setCellValue("@luna.bakes");
            luna.createCell(2).setCellValue(48200);
            luna.getCell(2).setCellStyle(thousands);
            luna.createCell(3).setCellValue(1542);
            luna.createCell(4).setCellFormula("D2/C2");
            luna.getCell(4).setCellStyle(percent);
            var wick = sheet.createRow(3); // a blank row in between, as people leave them
            wick.createCell(0).setCellValue("Wick & Wander");
            wick.createCell(1).setCellValue("wickandwander");
            wick.createCell(2).setCellValue(1_250_000);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        RawTable table = TableReader.readWorkbook(file, null);
        Map<String, ImportField> mapping = ColumnGuesser.guess(table, null);
        mapping.remove("Likes");

        ImportReport report = session.imports().commit(session.imports().plan(table, mapping),
                ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        assertThat(table.rows().get(0)).containsExactly("Luna Bakes", "@luna.bakes", "48,200", "1542", "3.2%");
        assertThat(report.imported()).isEqualTo(2);
        Map<String, SocialAccount> byHandle = new HashMap<>();
        session.contacts().listContacts().forEach(c -> byHandle.put(c.accounts().get(0).handle(), c.accounts().get(0)));
        assertThat(byHandle.get("luna.bakes").followers()).isEqualTo(48_200L);
        assertThat(byHandle.get("luna.bakes").engagementRate()).isEqualByComparingTo("3.2");
        assertThat(byHandle.get("wickandwander").followers()).isEqualTo(1_250_000L);
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedInWorkbooksAndCsv() throws Exception {
        Path workbook = folder.resolve("titled.xlsx");
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Creators");
            sheet.createRow(0).createCell(0).setCellValue("Creator list, November 2026");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            var header = sheet.createRow(2);
            List.of("Name", "IG handle", "Email").forEach(h ->
                    header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            var luna = sheet.createRow(3);
            luna.createCell(0).setCellValue("Luna Bakes");
            luna.createCell(1).setCellValue("@luna.bakes");
            luna.createCell(2).setCellValue("luna@example.com");
            try (var out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        RawTable fromWorkbook = TableReader.readWorkbook(workbook, null);
        RawTable fromCsv = TableReader.readCsv(file("titled.csv", "Exported from our old sheet\n\nName,Instagram\n"
                + "Wick & Wander,@wick.wander\n", StandardCharsets.UTF_8), TableReader.CsvOptions.DETECT);

        assertThat(fromWorkbook.headers()).containsExactly("Name", "IG handle", "Email");
        assertThat(fromWorkbook.rows()).containsExactly(List.of("Luna Bakes", "@luna.bakes", "luna@example.com"));
        assertThat(fromWorkbook.lines()).containsExactly(4);
        assertThat(fromCsv.headers()).containsExactly("Name", "Instagram");
        assertThat(ColumnGuesser.guess(fromCsv, null).get("Instagram").id()).isEqualTo("instagram.handle");
        // A sheet of one column has no title to skip: its first line is the header.
        assertThat(TableReader.readCsv(file("one.csv", "Handle\n@luna.bakes\n", StandardCharsets.UTF_8),
                TableReader.CsvOptions.DETECT).headers()).containsExactly("Handle");
    }

    @Test
    void aTotalsRowIsLeftOutWithAWarningButACreatorCalledSumIsNot() throws Exception {
        Path file = file("fees.csv", "Name,Instagram,Followers,Fee\nLuna Bakes,@luna.bakes,48200,150\n"
                + "Sum,@sum.studio,9000,80\nTotal:,,57200,230\n", StandardCharsets.UTF_8);

        ImportReport report = importFile(file, ImportService.OnDuplicate.SKIP);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).isZero();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).isEqualTo("Looks like the sheet's totals row, not a creator; left out.");
        });
        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                .containsExactlyInAnyOrder("Luna Bakes", "Sum");
    }

    @Test
    void vcardsThreeAndFourFromAddressBooksImportWithTheirProfiles() throws Exception {
        Path file = file("contacts.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Baker;Luna;;;\r\nFN:Luna Bakes\r\n"
                + "EMAIL;type=INTERNET;type=HOME:luna@lunabakes.example\r\nTEL;type=CELL:+34 600 000 000\r\n"
                + "item1.ADR;type=HOME:;;Calle Mayor 1;Valencia;;46001;Spain\r\n"
                + "X-SOCIALPROFILE;type=instagram;x-user=luna.bakes:x-apple:luna.bakes\r\n"
                + "item2.URL:https://www.tiktok.com/@lunabakes\r\nNOTE:Met at the Valencia food fair; loves \r\n"
                + " sourdough\r\nCATEGORIES:baking,vegan\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Сергей\r\nEMAIL:sergey@example.com\r\n"
                + "URL:https://youtube.com/@sergeycooks\r\nURL:https://sergey.example\r\nEND:VCARD\r\n",
                StandardCharsets.UTF_8);
        RawTable table = TableReader.readVcards(file);

        ImportReport report = session.imports().commit(session.imports().plan(table,
                ColumnGuesser.guess(table, null)), ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        assertThat(report.imported()).isEqualTo(2);
        Map<String, Influencer> byName = new HashMap<>();
        session.contacts().listContacts().forEach(c -> byName.put(c.displayName(), c));
        Influencer luna = byName.get("Luna Bakes");
        assertThat(luna.email()).isEqualTo("luna@lunabakes.example");
        assertThat(luna.phone()).isEqualTo("+34 600 000 000");
        assertThat(luna.city()).isEqualTo("Valencia");
        assertThat(luna.country()).isEqualTo("ES");
        assertThat(luna.audienceNotes()).isEqualTo("Met at the Valencia food fair; loves sourdough");
        assertThat(luna.tags()).containsExactlyInAnyOrder("baking", "vegan");
        assertThat(luna.accounts()).extracting(a -> a.platform().name() + " " + a.handle())
                .containsExactlyInAnyOrder("INSTAGRAM luna.bakes", "TIKTOK lunabakes");
        Influencer sergey = byName.get("Сергей");
        assertThat(sergey.accounts()).extracting(a -> a.platform().name() + " " + a.handle())
                .contains("YOUTUBE sergeycooks");
        assertThat(sergey.accounts()).extracting(SocialAccount::platform).contains(Platform.BLOG);
    }

    @Test
    void anImportIsUndoneAsOneStepAddedRowsGoneAndChangedRowsAsBefore() throws Exception {
        session.contacts().save(InfluencerBuilder.anInfluencer().named("Luna Bakes")
                .withEmail("luna@example.com").build());
        Path csv = file("creators.csv", "Name,Email,City\nLuna Bakes,luna@example.com,Sevilla\n"
                + "Wick & Wander,wick@example.com,Kraków\nMira Glow,mira@example.com,Malmö\n",
                StandardCharsets.UTF_8);

        ImportReport report = importFile(csv, ImportService.OnDuplicate.OVERWRITE);
        assertThat(report.created()).hasSize(2);
        assertThat(report.replaced()).extracting(Influencer::city).containsExactly("Valencia");

        session.imports().undo(report);

        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName, Influencer::city)
                .containsExactly(Tuple.tuple("Luna Bakes", "Valencia"));
        assertThat(session.backups().check().healthy()).isTrue();
    }

    @Test
    void anImportWhoseContactWasSavedAgainSinceIsNotUndoneOverThatSave() throws Exception {
        session.contacts().save(InfluencerBuilder.anInfluencer().named("Luna Bakes")
                .withEmail("luna@example.com").build());
        Path csv = file("creators.csv", "Name,Email,City\nLuna Bakes,luna@example.com,Sevilla\n"
                + "Mira Glow,mira@example.com,Malmö\n", StandardCharsets.UTF_8);
        ImportReport report = importFile(csv, ImportService.OnDuplicate.OVERWRITE);
        Influencer luna = session.contacts().listContacts().stream().filter(c -> c.displayName().equals("Luna Bakes"))
                .findFirst().orElseThrow();
        session.contacts().save(luna.withTags(List.of("saved after the import")));

        assertThatThrownBy(() -> session.imports().undo(report)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("nothing was undone");

        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                .containsExactlyInAnyOrder("Luna Bakes", "Mira Glow");
        assertThat(session.contacts().listContacts()).filteredOn(c -> c.displayName().equals("Luna Bakes"))
                .singleElement().satisfies(c -> assertThat(c.tags()).containsExactly("saved after the import"));
    }

    @Test
    void controlCharactersAreRemovedFromEveryValueAndCountedAsWarningsOnTheRow() throws Exception {
        // Far past the first 4 KB, which the check for binary files samples.
        StringBuilder csv = new StringBuilder("Name,Email,Notes\n");
        for (int i = 0; i < 200; i++) {
            csv.append("Creator ").append(i).append(",creator").append(i).append("@mail.example,fine\n");
        }
        csv.append("Nul\u0000Name,nul@mail.example,\"line one\nline\u0007 two\ttabbed\"\n");
        csv.append("Bell\u0007\u001b,\u007fbell@mail.example,ok\n");
        Path file = file("control.csv", csv.toString(), StandardCharsets.UTF_8);
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
        ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));

        session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE);

        Influencer nul = session.contacts().listContacts().stream()
                .filter(c -> "nul@mail.example".equals(c.email())).findFirst().orElseThrow();
        assertThat(nul.displayName()).isEqualTo("NulName");
        assertThat(nul.audienceNotes()).isEqualTo("line one\nline two\ttabbed");
        Influencer bell = session.contacts().listContacts().stream()
                .filter(c -> "bell@mail.example".equals(c.email())).findFirst().orElseThrow();
        assertThat(bell.displayName()).isEqualTo("Bell");
        assertThat(plan.problems()).filteredOn(p -> p.line() == 202).extracting(ImportPlan.Problem::reason)
                .containsExactlyInAnyOrder("Removed 1 control character (invisible codes such as NUL that no field "
                        + "can hold).", "Removed 1 control character (invisible codes such as NUL that no field "
                        + "can hold).");
        assertThat(plan.problems()).filteredOn(p -> p.line() == 204).extracting(ImportPlan.Problem::reason)
                .containsExactlyInAnyOrder("Removed 2 control characters (invisible codes such as NUL that no "
                        + "field can hold).", "Removed 1 control character (invisible codes such as NUL that no "
                        + "field can hold).");
        assertThat(plan.problems()).allMatch(p -> !p.isError());
    }
}
