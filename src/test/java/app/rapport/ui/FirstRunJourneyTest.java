package app.rapport.ui;

import static app.rapport.ui.RapportWindow.STARTING_SECONDS;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.rapport.RapportApp;
import app.rapport.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The first start on a new workspace: the welcome says where data lives and offers encryption at creation. */
class FirstRunJourneyTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final ExecutorService starter = Executors.newSingleThreadExecutor();
    private RapportApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        starter.shutdownNow();
    }

    @Test
    void aWorkspaceProtectedAtCreationIsEncryptedFromItsFirstByte() throws Exception {
        Path workspace = home.resolve("Rapport");
        Future<RapportApp> starting = start(workspace);

        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        assertThat(Files.exists(workspace.resolve("rapport.mv.db"))).isFalse();
        robot.clickOn("Protect with a password…");
        waitUntil(() -> robot.lookup("#newPasswordField").tryQuery().isPresent());
        robot.clickOn("#newPasswordField").write("correct horse battery");
        robot.clickOn("#repeatPasswordField").write("correct horse battery");
        robot.clickOn("OK");
        app = starting.get(STARTING_SECONDS, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup(".status-bar").tryQuery().isPresent());

        FxToolkit.cleanupApplication(app);
        app = null;
        Throwable withoutPassword = catchThrowable(() -> Session.open(workspace, Clock.systemDefaultZone()).close());
        assertThat(Session.needsPassword(withoutPassword)).isTrue();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone(), "correct horse battery")) {
            assertThat(session.isEncrypted()).isTrue();
        }
    }

    @Test
    void cancellingThePasswordGoesBackToTheWelcomeAndStartMakesAPlainWorkspace() throws Exception {
        Path workspace = home.resolve("Rapport");
        Future<RapportApp> starting = start(workspace);

        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        robot.clickOn("Protect with a password…");
        waitUntil(() -> robot.lookup("#newPasswordField").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        robot.clickOn("Start");
        app = starting.get(STARTING_SECONDS, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());

        FxToolkit.cleanupApplication(app);
        app = null;
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            assertThat(session.isEncrypted()).isFalse();
        }
    }

    @Test
    void anExistingWorkspaceOpensWithoutTheWelcome() throws Exception {
        Path workspace = home.resolve("Rapport");
        Session.open(workspace, Clock.systemDefaultZone()).close();

        app = start(workspace).get(STARTING_SECONDS, TimeUnit.SECONDS);

        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        assertThat(robot.lookup("#welcomeDialog").tryQuery()).isEmpty();
    }

    private Future<RapportApp> start(Path workspace) throws Exception {
        FxToolkit.registerPrimaryStage();
        // The welcome blocks start() until answered, so the app is started off the test thread.
        return starter.submit(() -> (RapportApp) FxToolkit.setupApplication(
                () -> new RapportApp(workspace, Clock.systemDefaultZone(), true)));
    }
}
