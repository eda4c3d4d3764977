package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.service.Session;
import app.rapport.store.Database;
import app.rapport.store.Workspace;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At 100,000 contacts, a bulk status change of 1,000 puts those 1,000 in place in the table: the contacts are
 * read again by id, never all of them. H2's query statistics count the contact rows every statement returned.
 */
class BulkChangeAtScaleTest {

    private static final int CONTACTS = 100_000;
    private static final int CHOSEN = 1_000;
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    private Session session;
    private Connection statistics;

    @BeforeEach
    void open() throws SQLException {
        Workspace workspace = Workspace.at(folder.resolve("ws"));
        try (Database database = Database.open(workspace)) {
            database.inBulkTransaction(repos -> repos.contacts().insertAll(IntStream.range(0, CONTACTS)
                    .mapToObj(BulkChangeAtScaleTest::creator).toList()));
        }
        session = Session.open(workspace.root(), new MutableClock(T0));
        // The same database the session has open (H2 shares one open database within a process).
        statistics = DriverManager.getConnection("jdbc:h2:file:" + workspace.databaseBase()
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;MAX_MEMORY_ROWS=1000000;LAZY_QUERY_EXECUTION=TRUE", "rapport", "");
    }

    @AfterEach
    void close() throws SQLException {
        statistics.close();
        session.close();
    }

    private static Influencer creator(int i) {
        SocialAccount account = SocialAccount.of(Platform.INSTAGRAM, "creator" + i).withFollowers(1000L + i)
                .withTimestamps(T0, T0);
        return Influencer.named("Creator " + i).withAccounts(List.of(account)).withTimestamps(T0, T0);
    }

    @Test
    void aBulkStatusChangeReadsOnlyTheContactsItChanged() throws SQLException {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MutableClock clock = new MutableClock(T0);
        Background background = new Background(Runnable::run, Runnable::run);
        StatusLine status = new StatusLine();
        ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(),
                session.changes(), background, dialogs, status);
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs, status,
                clock);
        ContactsViewModel contacts = new ContactsViewModel(session.contacts(), session.outreach(),
                session.exports(), session.settings(), book, new ContactEditorViewModel(clock), outreach,
                background, dialogs, status);
        contacts.load();
        assertThat(book.contacts()).hasSize(CONTACTS);
        List<Influencer> chosen = new ArrayList<>(book.contacts().subList(40_000, 40_000 + CHOSEN));
        contacts.setSelection(chosen);
        Influencer untouched = book.contacts().get(0);
        countFromNow();

        contacts.bulk().bulkMove(OutreachStatus.CONTACTED);

        long contactRowsRead = contactRowsReadSince();
        assertThat(contactRowsRead).as("contact rows read for the change").isGreaterThan(0).isLessThan(10 * CHOSEN);
        assertThat(book.contacts()).hasSize(CONTACTS);
        assertThat(book.contacts().subList(40_000, 40_000 + CHOSEN))
                .allSatisfy(c -> assertThat(c.outreach().status()).isEqualTo(OutreachStatus.CONTACTED));
        assertThat(book.contacts().get(0)).isSameAs(untouched);
        assertThat(book.contacts().stream().filter(c -> c.outreach().status() == OutreachStatus.CONTACTED))
                .hasSize(CHOSEN);

        // The counter sees a whole read, so the small count above is not a counter that sees nothing.
        countFromNow();
        session.contacts().listContacts();
        assertThat(contactRowsReadSince()).isGreaterThanOrEqualTo(CONTACTS);
    }

    private void countFromNow() throws SQLException {
        try (Statement statement = statistics.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    /** Rows returned by every statement that reads the contact table since {@link #countFromNow}. */
    private long contactRowsReadSince() throws SQLException {
        long rows = 0;
        try (Statement statement = statistics.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT SQL_STATEMENT, CUMULATIVE_ROW_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (result.next()) {
                String sql = result.getString(1).toLowerCase(Locale.ROOT);
                if (sql.startsWith("select") && sql.matches("(?s).*from\\s+contact\\b.*")) {
                    rows += result.getLong(2);
                }
            }
        }
        return rows;
    }
}
