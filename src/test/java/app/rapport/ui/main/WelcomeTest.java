package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.TeamForm;
import app.rapport.ui.common.DialogService.WelcomeChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeTest {

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Clock clock = Clock.systemDefaultZone();

    @Test
    void quittingCreatesNothing() {
        dialogs.willAnswer(WelcomeChoice.QUIT);

        Optional<Session> session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock);

        assertThat(session).isEmpty();
        assertThat(Session.exists(home.resolve("Rapport"))).isFalse();
    }

    @Test
    void cancellingThePasswordAsksAgainInsteadOfCreatingAPlainWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITH_PASSWORD).willCancel().willAnswer(WelcomeChoice.QUIT);

        Optional<Session> session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock);

        assertThat(session).isEmpty();
        assertThat(dialogs.asked).containsExactly("welcome", "Protect your workspace", "welcome");
        assertThat(Session.exists(home.resolve("Rapport"))).isFalse();
    }

    @Test
    void aPasswordGivenAtTheStartEncryptsTheNewWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITH_PASSWORD).willAnswer("a long enough secret");

        try (Session session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock).orElseThrow()) {
            assertThat(session.isEncrypted()).isTrue();
        }
    }

    @Test
    void startWithoutAPasswordMakesAPlainWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITHOUT_PASSWORD);

        try (Session session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock).orElseThrow()) {
            assertThat(session.isEncrypted()).isFalse();
            assertThat(Session.exists(home.resolve("Rapport"))).isTrue();
        }
    }

    @Test
    void aTeamServerChosenAtTheStartIsAskedAgainAfterARefusalAndRememberedForTheNextStart() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        Path folder = home.resolve("Rapport");
        dialogs.willAnswer(WelcomeChoice.TEAM)
                .willAnswer(new TeamForm(team.host(), "not a port", team.database(), team.user(), "x", false))
                .willAnswer(new TeamForm(team.host(), Integer.toString(team.port()), team.database(), team.user(),
                        "wrong password", false))
                .willAnswer(new TeamForm(team.host(), Integer.toString(team.port()), team.database(), team.user(),
                        server.password(), false));

        try (Session session = Welcome.createWorkspace(dialogs, folder, clock).orElseThrow()) {
            assertThat(session.isTeam()).isTrue();
            assertThat(session.describe()).isEqualTo(team.address());
        }

        assertThat(dialogs.asked).containsExactly("welcome", "team server",
                "team server: The port must be a number from 1 to 65535 (PostgreSQL's usual one is 5432).",
                "team server: That password does not open the team workspace for " + team.user() + "; try again.");
        assertThat(Session.exists(folder)).isTrue();
        assertThat(Session.rememberedTeam(folder)).contains(team);
        assertThat(folder.resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void cancellingTheTeamServerGoesBackToTheWelcome() {
        dialogs.willAnswer(WelcomeChoice.TEAM).willCancel().willAnswer(WelcomeChoice.QUIT);

        assertThat(Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock)).isEmpty();
        assertThat(dialogs.asked).containsExactly("welcome", "team server", "welcome");
        assertThat(Session.exists(home.resolve("Rapport"))).isFalse();
    }
}
