package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService.TeamForm;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Workspace: a local workspace copied onto a team server, then worked on there. */
class WorkspacePlaceViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();

    @Test
    void aLocalWorkspaceIsCopiedToAnEmptyTeamDatabaseAfterAWrongPasswordAndRapportSwitchesToIt() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        String port = Integer.toString(team.port());
        List<String> switched = new ArrayList<>();
        try (Session local = Session.open(folder, clock)) {
            local.contacts().loadSample();
            WorkspacePlaceViewModel place = new WorkspacePlaceViewModel(local, new Background(Runnable::run,
                    Runnable::run), dialogs, status);
            place.setSwitchToTeam((to, password) -> switched.add(to.address() + " " + password));
            assertThat(place.isTeam()).isFalse();
            assertThat(place.where()).isEqualTo("On this computer, in " + folder + ".");
            dialogs.willAnswer(new TeamForm(team.host(), port, team.database(), team.user(), "wrong", false))
                    .willAnswer(new TeamForm(team.host(), port, team.database(), team.user(), server.password(),
                            false));

            place.copyToTeam();

            assertThat(dialogs.asked).containsExactly("team server", "team server: That password does not open "
                    + "the team workspace for " + team.user() + "; try again.");
            assertThat(switched).containsExactly(team.address() + " " + server.password());
            assertThat(status.messageProperty().get()).isEqualTo("Copied 30 contacts to " + team.address()
                    + "; this computer's file stays as it was.");
            assertThat(local.contacts().countContacts()).isEqualTo(30);
        }
        assertThat(Session.rememberedTeam(folder)).contains(team);
        try (Session shared = Session.openTeam(folder, team, server.password(), clock)) {
            assertThat(shared.contacts().countContacts()).isEqualTo(30);
            WorkspacePlaceViewModel place = new WorkspacePlaceViewModel(shared, new Background(Runnable::run,
                    Runnable::run), dialogs, status);
            assertThat(place.isTeam()).isTrue();
            assertThat(place.where()).contains(team.address());

            // Back to a laptop: a copy in a new folder, and this folder's own file from before the move.
            Path copy = folder.resolveSibling(folder.getFileName() + "-copy");
            dialogs.willAnswer(copy);
            place.copyToThisComputer();
            assertThat(status.messageProperty().get()).startsWith("Copied 30 contacts to " + copy);
            List<String> backHome = new ArrayList<>();
            place.setSwitchToLocal(() -> backHome.add("local"));
            assertThat(place.canGoBackToLocal()).isTrue();
            dialogs.willConfirm(true);
            place.goBackToLocal();
            assertThat(backHome).containsExactly("local");
            assertThat(Session.rememberedTeam(folder)).isEmpty();
        }
        try (Session copied = Session.open(folder.resolveSibling(folder.getFileName() + "-copy"), clock)) {
            assertThat(copied.contacts().countContacts()).isEqualTo(30);
        }
    }
}
