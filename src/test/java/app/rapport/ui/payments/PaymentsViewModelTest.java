package app.rapport.ui.payments;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Payment;
import app.rapport.domain.Platform;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.UndoHistory;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @AutoClose
    private Session session;
    private PaymentsViewModel payments;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
        Influencer luna = session.contacts().save(anInfluencer().named("Luna, \"the baker\"")
                .withAccount(Platform.INSTAGRAM, "luna", 1).build());
        session.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED, Money.of("150", "EUR"),
                null, null, null, null, null, List.of(
                        new Instalment(null, Money.of("75", "EUR"), TODAY.minusDays(2), null, null, "INV-1", null),
                        new Instalment(null, Money.of("75", "EUR"), TODAY.plusDays(10), null, null, "INV-2", null),
                        new Instalment(null, Money.of("20", "USD"), TODAY.plusDays(60), null, null, null, null)),
                null, null, null, null));
        Background background = new Background(Runnable::run, Runnable::run);
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                session.changes(), background, dialogs);
        payments = new PaymentsViewModel(session.deals(), books.deals(), books.campaigns(), session.changes(),
                background, dialogs, new StatusLine(), Locale.UK);
        payments.refresh();
    }

    @Test
    void totalsArePerCurrencyForTheRowsShown() {
        assertThat(payments.shown()).hasSize(3);
        assertThat(payments.outstandingTotalProperty().get()).isEqualTo("€150.00 · US$20.00");
        assertThat(payments.overdueTotalProperty().get()).isEqualTo("€75.00");

        payments.currencyProperty().set("USD");
        assertThat(payments.shown()).hasSize(1);
        payments.currencyProperty().set(PaymentsViewModel.ALL_CURRENCIES);
        payments.showProperty().set(PaymentsViewModel.Show.DUE_SOON);
        assertThat(payments.shown()).extracting(p -> p.instalment().invoiceRef()).containsExactly("INV-2");
    }

    @Test
    void paymentsCanBeNarrowedToOneCampaign() {
        Influencer wick = session.contacts().save(anInfluencer().named("Wick")
                .withAccount(Platform.INSTAGRAM, "wick", 1).build());
        Campaign holiday = session.campaigns().save(new Campaign(null,
                "Holiday", null, null, null, Money.of("1000", "EUR"), null, null, null, null, null, null));
        session.deals().save(new Deal(null, wick.id(), holiday.id(), "Gift guide", DealStage.AGREED,
                Money.of("90", "EUR"), null, null, null, null, null,
                List.of(new Instalment(null, Money.of("90", "EUR"), TODAY.plusDays(3), null, null, "INV-9", null)),
                null, null, null, null));
        payments.refresh();
        assertThat(payments.shown()).hasSize(4);

        payments.campaignProperty().set(payments.campaigns().get(0));

        assertThat(payments.shown()).extracting(p -> p.instalment().invoiceRef()).containsExactly("INV-9");
        assertThat(payments.outstandingTotalProperty().get()).isEqualTo("€90.00");
    }

    @Test
    void aRenamedContactAndOneMovedToTheTrashShowHereWithoutARefresh() {
        Influencer luna = session.contacts().listContacts().get(0);

        session.contacts().save(new Influencer(luna.id(), "Luna Bakes", luna.realName(), luna.email(), luna.phone(),
                luna.city(), luna.country(), luna.languages(), luna.tags(), luna.audienceNotes(), luna.accounts(),
                luna.fit(), luna.outreach(), luna.createdAt(), luna.updatedAt(), luna.version()));
        assertThat(payments.shown()).extracting(Payment::contactName).containsOnly("Luna Bakes");

        session.contacts().delete(luna.id());
        assertThat(payments.shown()).isEmpty();
        session.contacts().restore(luna.id());
        assertThat(payments.shown()).hasSize(3);
    }

    @Test
    void markingPaidAsksForTheDayAndMovesTheTotals() {
        dialogs.willAnswer(TODAY);

        payments.markPaid(payments.shown().get(0));

        assertThat(payments.paidTotalProperty().get()).isEqualTo("€75.00");
        assertThat(payments.outstandingTotalProperty().get()).isEqualTo("€75.00 · US$20.00");
    }

    @Test
    void aPaymentMarkedPaidByMistakeIsTakenBackWithUndo() {
        UndoHistory history = new UndoHistory(
                new Background(Runnable::run, Runnable::run), dialogs, message -> { });
        payments.setHistory(history);
        dialogs.willAnswer(TODAY);
        payments.markPaid(payments.shown().get(0));

        history.undo();

        assertThat(payments.paidTotalProperty().get()).isEqualTo("—");
        assertThat(payments.outstandingTotalProperty().get()).isEqualTo("€150.00 · US$20.00");
        history.redo();
        assertThat(payments.paidTotalProperty().get()).isEqualTo("€75.00");
    }

    @Test
    void theShownRowsExportToCsvThatReadsBack() throws Exception {
        Path file = folder.resolve("payments.csv");
        dialogs.willAnswer(file);

        payments.exportCsv();

        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).get("Contact")).isEqualTo("Luna, \"the baker\"");
            assertThat(rows.get(0).get("Amount")).isEqualTo("75.00");
            assertThat(rows.get(0).get("Status")).isEqualTo("Overdue");
            assertThat(rows.get(2).get("Currency")).isEqualTo("USD");
        }
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).doesNotContain(".payments");
        }
    }

    @Test
    void theShownRowsExportToXlsxWithNumbersAndDates() throws Exception {
        Path file = folder.resolve("payments.xlsx");
        dialogs.willAnswer(file);

        payments.exportXlsx();

        try (var in = Files.newInputStream(file);
             var book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(75.0);
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TODAY.minusDays(2));
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Luna, \"the baker\"");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }
}
