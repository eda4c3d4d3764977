package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ImportField;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportService;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.WrongFiles;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.UndoHistory;
import app.rapport.ui.imports.ImportWizardViewModel;
import app.rapport.ui.imports.MappingRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps on a real workspace, without a toolkit. */
class ImportWizardViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @AutoClose
    private Session session;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
    }

    private ImportWizardViewModel wizard(String csv, AtomicInteger imported) throws Exception {
        Path file = Files.write(folder.resolve("creators.csv"), csv.getBytes(StandardCharsets.UTF_8));
        return new ImportWizardViewModel(file, session.imports(), new Background(Runnable::run, Runnable::run),
                dialogs, imported::incrementAndGet);
    }

    @Test
    void aMessyFileGoesThroughEveryStepAndDuplicatesAreFilled() throws Exception {
        session.contacts().save(Influencer.named("Luna").withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, "luna.bakes"))));
        AtomicInteger imported = new AtomicInteger();
        ImportWizardViewModel wizard = wizard("Creator;IG;Followers;Country\r\nLuna Bakes;@luna.bakes;48,2K;Spain\r\n"
                + "Wick;wickandwander;oops;France\r\nNo one;;;\r\n", imported);
        UndoHistory history = new UndoHistory(
                new Background(Runnable::run, Runnable::run), dialogs, message -> { });
        wizard.setHistory(history);

        assertThat(wizard.delimiterProperty().get()).isEqualTo(';');
        assertThat(wizard.summaryProperty().get()).startsWith("3 rows, 4 columns");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.MAP);
        assertThat(wizard.mapping()).extracting(r -> r.fieldProperty().get() == null ? null
                : r.fieldProperty().get().id()).containsExactly("name", "instagram.handle", "instagram.followers",
                "country");

        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.CHECK);
        assertThat(wizard.summaryProperty().get()).startsWith("3 rows: 3 ready, 0 with errors");
        assertThat(wizard.shownProblems()).extracting(p -> p.value()).contains("oops");
        assertThat(wizard.shownRows()).extracting(r -> r.contact().displayName())
                .containsExactly("Luna Bakes", "Wick", "No one");
        assertThat(wizard.shownRows().get(0).duplicateOf().displayName()).isEqualTo("Luna");
        wizard.errorsOnlyProperty().set(true);
        assertThat(wizard.shownProblems()).isEmpty();
        assertThat(wizard.shownRows()).isEmpty();

        wizard.next();
        assertThat(wizard.duplicates()).hasSize(1);
        wizard.onDuplicateProperty().set(ImportService.OnDuplicate.FILL);
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.DONE);
        assertThat(wizard.reportProperty().get().imported()).isEqualTo(2);
        assertThat(wizard.reportProperty().get().updated()).isEqualTo(1);
        assertThat(imported.get()).isEqualTo(1);
        Influencer luna = session.contacts().listContacts().stream()
                .filter(c -> c.displayName().equals("Luna")).findFirst().orElseThrow();
        assertThat(luna.country()).isEqualTo("ES");
        assertThat(luna.accounts().get(0).followers()).isEqualTo(48_200L);

        history.undo();

        assertThat(session.contacts().listContacts()).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Luna");
            assertThat(c.country()).isNull();
        });
        history.redo();
        assertThat(session.contacts().listContacts()).hasSize(3);
    }

    @Test
    void aMappingWithoutANameHandleOrEmailIsRefused() throws Exception {
        ImportWizardViewModel wizard = wizard("Country,City\r\nFrance,Lyon\r\n", new AtomicInteger());
        wizard.next();
        wizard.next();
        assertThat(dialogs.errors).containsExactly(
                "Map at least a name, a handle or an email, so each row becomes a contact.");
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.MAP);
    }

    @Test
    void theSameFieldTwiceIsRefused() throws Exception {
        ImportWizardViewModel wizard = wizard("Name,Nickname\r\nLuna,Lu\r\n", new AtomicInteger());
        wizard.next();
        wizard.mapping().get(1).fieldProperty().set(ImportField.named("name", null).orElseThrow());
        wizard.next();
        assertThat(dialogs.errors).containsExactly("Two columns fill name: choose one, and ignore the other.");
    }

    @Test
    void theMappingChosenIsRememberedForTheNextFileWithTheSameHeaders() throws Exception {
        ImportWizardViewModel first = wizard("Who,Handle on IG\r\nLuna,luna.bakes\r\n", new AtomicInteger());
        first.next();
        first.mapping().get(0).fieldProperty().set(ImportField.named("name", null).orElseThrow());
        first.mapping().get(1).fieldProperty().set(ImportField.named("instagram.handle", null).orElseThrow());
        first.next();
        first.next();
        first.next();
        assertThat(first.reportProperty().get().imported()).isEqualTo(1);

        ImportWizardViewModel second = wizard("Who,Handle on IG\r\nWick,wickandwander\r\n", new AtomicInteger());
        second.next();

        assertThat(second.mapping()).extracting(r -> r.fieldProperty().get().id())
                .containsExactly("name", "instagram.handle");
    }

    @Test
    void aBadValueCanBeCorrectedInPlaceAndEachDuplicateGetsItsOwnChoice() throws Exception {
        session.contacts().save(Influencer.named("Luna").withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, "luna"))));
        session.contacts().save(Influencer.named("Wick").withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, "wick"))));
        ImportWizardViewModel wizard = wizard("name,instagram.handle,email,city\r\nLuna B,luna,luna@,Valencia\r\n"
                + "Wick W,wick,,Krakow\r\n", new AtomicInteger());
        wizard.next();
        wizard.next();
        assertThat(wizard.summaryProperty().get()).startsWith("2 rows: 1 ready, 1 with errors");
        assertThat(wizard.shownRows()).extracting(wizard::nameOf).containsExactly("Luna B", "Wick W");
        assertThat(wizard.errorOf(wizard.shownRows().get(0))).isEqualTo("Not an email address.");

        assertThat(wizard.fix(wizard.shownProblems().get(0), "luna@lunabakes.example")).isTrue();

        assertThat(wizard.summaryProperty().get()).startsWith("2 rows: 2 ready, 0 with errors");
        wizard.next();
        wizard.onDuplicateProperty().set(ImportService.OnDuplicate.OVERWRITE);
        wizard.chooseFor(wizard.duplicates().get(1), ImportService.OnDuplicate.SKIP);
        wizard.next();

        assertThat(wizard.reportProperty().get().updated()).isEqualTo(1);
        assertThat(wizard.reportProperty().get().skipped()).isEqualTo(1);
        Map<String, Influencer> byHandle = new HashMap<>();
        session.contacts().listContacts().forEach(c -> byHandle.put(c.accounts().get(0).handle(), c));
        assertThat(byHandle.get("luna").displayName()).isEqualTo("Luna B");
        assertThat(byHandle.get("luna").email()).isEqualTo("luna@lunabakes.example");
        assertThat(byHandle.get("wick").displayName()).isEqualTo("Wick");
    }

    @Test
    void anEngagementColumnOfSmallNumbersIsProposedAsFractionsAndTheUserDecides() throws Exception {
        ImportWizardViewModel wizard = wizard("name,instagram.handle,instagram.engagement\r\nLuna,luna,0.032\r\n"
                + "Wick,wick,0.05\r\n", new AtomicInteger());
        wizard.next();
        MappingRow engagement = wizard.mapping().get(2);
        assertThat(engagement.fractionsLikely()).isTrue();
        assertThat(engagement.fractionsProperty().get()).isTrue();

        engagement.fractionsProperty().set(false);
        wizard.next();
        wizard.next();
        wizard.next();

        assertThat(session.contacts().listContacts()).extracting(c -> c.accounts().get(0).engagementRate()
                .toPlainString()).containsExactly("0.032", "0.05");
    }

    @Test
    void acceptingTheFractionProposalReadsPercentages() throws Exception {
        ImportWizardViewModel wizard = wizard("name,instagram.handle,instagram.engagement\r\nLuna,luna,0.032\r\n",
                new AtomicInteger());
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.next();

        assertThat(session.contacts().listContacts().get(0).accounts().get(0).engagementRate())
                .isEqualByComparingTo("3.2");
    }

    @Test
    void aWorkbooksSheetCanBeChosen() throws Exception {
        Path file = folder.resolve("book.xlsx");
        try (var book = new XSSFWorkbook();
             var out = Files.newOutputStream(file)) {
            var notes = book.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Just notes");
            var creators = book.createSheet("Creators");
            var header = creators.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Instagram");
            var row = creators.createRow(1);
            row.createCell(0).setCellValue("Luna Bakes");
            row.createCell(1).setCellValue("@luna.bakes");
            book.write(out);
        }
        ImportWizardViewModel wizard = new ImportWizardViewModel(file, session.imports(),
                new Background(Runnable::run, Runnable::run), dialogs, () -> { });

        assertThat(wizard.sheets()).containsExactly("Notes", "Creators");
        wizard.sheetProperty().set("Creators");
        wizard.read();
        wizard.next();

        assertThat(wizard.mapping()).extracting(r -> r.fieldProperty().get().id())
                .containsExactly("name", "instagram.handle");
    }

    @Test
    void theReportSavedAfterAnImportListsTheRowsLeftOut() throws Exception {
        ImportWizardViewModel wizard = wizard("name,email\r\nLuna,luna@lunabakes.example\r\nBad,no-email@\r\n",
                new AtomicInteger());
        wizard.next();
        wizard.next();
        dialogs.willConfirm(true);
        wizard.next();
        wizard.next();
        assertThat(dialogs.asked).anyMatch(q -> q.contains("1 row has errors and will be left out (line 3)"));
        assertThat(wizard.reportProperty().get().summary())
                .isEqualTo("Imported 1, updated 0, skipped 0; 1 row with errors left out.");
        Path saved = folder.resolve("report.csv");
        dialogs.willAnswer(saved);

        wizard.saveReport();

        assertThat(Files.readAllLines(saved, StandardCharsets.UTF_8)).containsExactly(
                "Line,Column,Value,Severity,Reason", "3,email,no-email@,ERROR,Not an email address.");
        assertThat(wizard.summaryProperty().get()).isEqualTo("Saved the report to " + saved + ".");
    }

    private ImportWizardViewModel wizardOn(Path file) {
        return new ImportWizardViewModel(file, session.imports(), new Background(Runnable::run, Runnable::run),
                dialogs, () -> { });
    }

    @Test
    void aPdfNamedXlsxIsNamedOnceAndTheWizardCannotGoOn() throws Exception {
        Path file = WrongFiles.pdf(folder.resolve("invoice.xlsx"));

        ImportWizardViewModel wizard = wizardOn(file);

        assertThat(dialogs.errors).containsExactly("invoice.xlsx is a PDF document, not a spreadsheet. "
                + "Open the sheet it came from and save it as CSV or XLSX.");
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.READ);
        assertThat(wizard.tableProperty().get()).isNull();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(wizard.workbookProperty().get()).isFalse();
    }

    @Test
    void aCalendarNamedCsvIsNamedAsACalendarInsteadOfRowsWithErrors() throws Exception {
        Path file = WrongFiles.calendar(folder.resolve("events.csv"));

        ImportWizardViewModel wizard = wizardOn(file);

        assertThat(dialogs.errors).singleElement().asString().startsWith("events.csv is a calendar file");
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void aFileThatStopsBeingATableTakesTheWizardBackToItsFirstStepWithAnEmptyPreview() throws Exception {
        ImportWizardViewModel wizard = wizard("Name,Instagram\r\nLuna Bakes,@luna.bakes\r\n", new AtomicInteger());
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.MAP);
        // Saved over from elsewhere with a screenshot of the sheet, then read again.
        WrongFiles.image(wizard.file(), "png");
        wizard.encodingProperty().set(StandardCharsets.ISO_8859_1);

        wizard.read();

        assertThat(dialogs.errors).containsExactly("creators.csv is a PNG image, not a spreadsheet. "
                + "Open the sheet it came from and save it as CSV or XLSX.");
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.READ);
        assertThat(wizard.tableProperty().get()).isNull();
        assertThat(wizard.summaryProperty().get()).isEmpty();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void nextIsPossibleOnlyOnceATableWithRowsIsRead() throws Exception {
        ImportWizardViewModel headerOnly = wizard("Name,Instagram\r\n", new AtomicInteger());
        assertThat(headerOnly.tableProperty().get().headers()).containsExactly("Name", "Instagram");
        assertThat(headerOnly.canGoNextProperty().get()).isFalse();

        ImportWizardViewModel withRows = wizard("Name,Instagram\r\nLuna Bakes,@luna.bakes\r\n",
                new AtomicInteger());
        assertThat(withRows.canGoNextProperty().get()).isTrue();
        withRows.next();
        assertThat(withRows.canGoNextProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWorkbookIsKnownByWhatWasReadNotByItsName() throws Exception {
        Path file = WrongFiles.workbook(folder.resolve("creators.csv"), Map.of("Creators", List.of(
                List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes"),
                List.of("Wick & Wander", "@wickandwander"))));

        ImportWizardViewModel wizard = wizardOn(file);

        assertThat(wizard.workbookProperty().get()).isTrue();
        assertThat(wizard.isWorkbook()).isTrue();
        assertThat(wizard.sheets()).containsExactly("Creators");
        assertThat(wizard.sheetProperty().get()).isEqualTo("Creators");
        assertThat(wizard.summaryProperty().get()).isEqualTo("2 rows, 2 columns");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWorkbookWhoseFirstSheetIsEmptyOpensOnTheFirstSheetWithRowsAndSaysSo() throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Cover", List.of());
        sheets.put("Creators", List.of(List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes"),
                List.of("Wick & Wander", "@wickandwander")));
        Path file = WrongFiles.workbook(folder.resolve("book.xlsx"), sheets);

        ImportWizardViewModel wizard = wizardOn(file);

        assertThat(wizard.sheets()).containsExactly("Cover", "Creators");
        assertThat(wizard.sheetProperty().get()).isEqualTo("Creators");
        assertThat(wizard.summaryProperty().get())
                .isEqualTo("2 rows, 2 columns. Read the sheet \"Creators\": the sheets before it have no rows.");
        assertThat(wizard.canGoNextProperty().get()).isTrue();
    }

    @Test
    void aDisplayNameInAHandleColumnIsCorrectedInPlaceAndTheRowIsCheckedAgain() throws Exception {
        AtomicInteger imported = new AtomicInteger();
        ImportWizardViewModel wizard = wizard("Tiktoker name,Followers\r\nkhaby.lame,162.4M\r\n"
                + "5-Minute Crafts GIRLY,78.1M\r\nbellapoarch,93.4M\r\ncharlidamelio,151.2M\r\nzachking,82.1M\r\n",
                imported);
        wizard.next();
        wizard.next();
        ImportPlan.Problem problem = wizard.shownProblems().stream().filter(ImportPlan.Problem::isError)
                .findFirst().orElseThrow();
        assertThat(problem.column()).isEqualTo("Tiktoker name");
        assertThat(problem.reason()).startsWith("A handle on TikTok has no spaces.");
        assertThat(problem.fix()).isEqualTo(ImportPlan.Fix.USE_AS_NAME);

        assertThat(wizard.fix(problem, "5minutecraftsgirly")).isTrue();

        assertThat(wizard.planProperty().get().errorRows()).isZero();
        assertThat(wizard.summaryProperty().get()).startsWith("5 rows: 5 ready, 0 with errors");
        wizard.next();
        wizard.next();
        assertThat(wizard.reportProperty().get().imported()).isEqualTo(5);
        assertThat(dialogs.asked).noneMatch(q -> q.contains("left out"));
    }
}
