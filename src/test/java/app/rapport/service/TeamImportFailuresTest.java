package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Platform;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.ColumnGuesser;
import app.rapport.exchange.TableReader;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team import that meets the server going away, or a colleague saving the same creator, says so plainly. */
class TeamImportFailuresTest {

    private static final int ROWS = 4_000;

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void aServerLostInTheMiddleOfAnImportIsSaidToBeUnreachableAndNothingIsHalfImported() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        try (Session session = Session.openTeam(folder, team, server.password(), clock)) {
            ImportPlan plan = plan(session);
            AtomicBoolean killed = new AtomicBoolean();
            try {
                assertThatThrownBy(() -> session.imports().commit(plan, ImportService.OnDuplicate.SKIP,
                        ExportProgress.of(done -> {
                            if (done > 0.5 && killed.compareAndSet(false, true)) {
                                killServer(server);
                            }
                        }, () -> false)))
                        .isInstanceOf(UserError.class)
                        .hasMessage("The team server at " + team.host() + ":" + team.port() + " cannot be reached, "
                                + "so nothing was read or changed; try again once it is back.");
            } finally {
                server.start();
            }
            assertThat(killed).isTrue();
            assertThat(session.contacts().countContacts()).isZero();
        }
    }

    @Test
    void aColleagueSavingAHandleTheImportAddsNamesTheCreatorAndNothingIsImported() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        try (Session mine = Session.openTeam(folder.resolve("me"), team, server.password(), clock);
                Session theirs = Session.openTeam(folder.resolve("them"), team, server.password(), clock)) {
            ImportPlan plan = plan(mine);
            AtomicBoolean saved = new AtomicBoolean();

            assertThatThrownBy(() -> mine.imports().commit(plan, ImportService.OnDuplicate.SKIP,
                    ExportProgress.of(done -> {
                        if (done > 0.1 && saved.compareAndSet(false, true)) {
                            theirs.contacts().save(anInfluencer().named("Their Creator").withAccount(
                                    Platform.INSTAGRAM, "creator" + (ROWS - 1), 100L).build());
                        }
                    }, () -> false)))
                    .isInstanceOf(UserError.class)
                    .hasMessage("Someone else saved @creator" + (ROWS - 1) + " on Instagram while the import ran, so "
                            + "nothing was imported; import the file again and that row will be a duplicate.");

            assertThat(mine.contacts().countContacts()).isEqualTo(1);
        }
    }

    private ImportPlan plan(Session session) throws IOException {
        StringBuilder csv = new StringBuilder("Name,Instagram,Followers\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Creator ").append(i).append(",@creator").append(i).append(',').append(1000 + i).append('\n');
        }
        Path file = Files.writeString(folder.resolve("creators.csv"), csv);
        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
        return session.imports().plan(table, ColumnGuesser.guess(table, null));
    }

    private static void killServer(PostgresServer server) {
        try {
            server.kill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
