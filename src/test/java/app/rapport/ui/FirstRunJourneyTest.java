package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.rapport.RapportApp;
import app.rapport.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The first start on a new workspace: the welcome says where data lives and offers encryption at creation. */
class FirstRunJourneyTest {

    @TempDir
    Path home;

    @RegisterExtension
    final StartingRapport rapport = new StartingRapport();
    private final FxRobot robot = new FxRobot();

    @Test
    void aWorkspaceProtectedAtCreationIsEncryptedFromItsFirstByte() throws Exception {
        Path workspace = home.resolve("Rapport");
        start(workspace);

        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        assertThat(Files.exists(workspace.resolve("rapport.mv.db"))).isFalse();
        robot.clickOn("Protect with a password…");
        waitUntil(() -> robot.lookup("#newPasswordField").tryQuery().isPresent());
        robot.clickOn("#newPasswordField").write("correct horse battery");
        robot.clickOn("#repeatPasswordField").write("correct horse battery");
        robot.clickOn("OK");
        rapport.started();
        waitUntil(() -> robot.lookup("#nav-contacts").tryQuery().isPresent());

        rapport.stop();
        Throwable withoutPassword = catchThrowable(() -> Session.open(workspace, Clock.systemDefaultZone()).close());
        assertThat(Session.needsPassword(withoutPassword)).isTrue();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone(), "correct horse battery")) {
            assertThat(session.isEncrypted()).isTrue();
        }
    }

    @Test
    void cancellingThePasswordGoesBackToTheWelcomeAndStartMakesAPlainWorkspace() throws Exception {
        Path workspace = home.resolve("Rapport");
        start(workspace);

        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        robot.clickOn("Protect with a password…");
        waitUntil(() -> robot.lookup("#newPasswordField").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        robot.clickOn("Start");
        rapport.started();
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());

        rapport.stop();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            assertThat(session.isEncrypted()).isFalse();
        }
    }

    @Test
    void anExistingWorkspaceOpensWithoutTheWelcome() throws Exception {
        Path workspace = home.resolve("Rapport");
        Session.open(workspace, Clock.systemDefaultZone()).close();

        start(workspace);
        rapport.started();

        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        assertThat(robot.lookup("#welcomeDialog").tryQuery()).isEmpty();
    }

    /** Starts Rapport as on a first run, where the welcome shows before a new workspace is made. */
    private void start(Path workspace) throws Exception {
        rapport.start(() -> new RapportApp(workspace, Clock.systemDefaultZone(), true));
    }
}
