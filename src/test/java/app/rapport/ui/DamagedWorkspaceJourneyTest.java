package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.RapportApp;
import app.rapport.service.Session;
import app.rapport.testing.DamagedWorkspaces;
import app.rapport.testing.DamagedWorkspaces.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Rapport started on a workspace whose file is damaged: the dialog restores its newest backup, and it opens. */
class DamagedWorkspaceJourneyTest {

    @TempDir
    Path home;

    @RegisterExtension
    final StartingRapport rapport = new StartingRapport();
    private final FxRobot robot = new FxRobot();

    @Test
    void theDamagedDialogRestoresTheNewestBackupAndTheWindowOpensOnIt() throws Exception {
        Path workspace = home.resolve("brand");
        Path backup = DamagedWorkspaces.create(workspace, null);
        Files.move(backup, workspace.resolve("backups").resolve("rapport-20991231-120000-manual-2030.zip"));
        DamagedWorkspaces.damage(workspace, Fault.TRUNCATED_TO_HALF);
        rapport.start(() -> new RapportApp(workspace, Clock.systemDefaultZone()));

        waitUntil(() -> robot.lookup("#damagedDialog").tryQuery().isPresent());
        robot.clickOn("Restore a backup…");
        waitUntil(() -> robot.lookup("#backupList").tryQuery().isPresent());
        robot.clickOn("Restore…");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> pane.getContentText() != null && pane.getContentText().startsWith("Restored ")));
        robot.clickOn("OK");
        rapport.started();
        waitUntil(() -> robot.lookup("#nav-contacts").tryQuery().isPresent());

        rapport.stop();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            assertThat(session.contacts().countContacts()).isEqualTo(DamagedWorkspaces.CONTACTS);
            assertThat(session.backups().check().healthy()).isTrue();
        }
        try (Stream<Path> files = Files.list(workspace)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("rapport.mv.db.damaged-"));
        }
    }
}
